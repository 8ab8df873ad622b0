/**
 * Page furniture that article extractors keep inside the main text: ad
 * labels, "Related Coverage" headings, newsletter prompts, copyright lines,
 * reading times, share buttons, a feed's "The post ... appeared first on".
 * A paragraph that is wholly one of these is not part of the article, and
 * analysing it would add entities ("Reuters" in "© 2023 Reuters") and noise.
 * Each rule is one short paragraph shape; longer paragraphs are always kept.
 */
export const FURNITURE: ReadonlyArray<{ name: string; test: RegExp }> = [
  {
    name: 'advertisement',
    test: /^(?:advertisement|advertising|sponsored(?: content)?|ad)(?:\s*[-–—:·|]?\s*(?:scroll to continue(?: with content)?|continue reading below|story continues below(?: advertisement)?))?\.?$/i,
  },
  {
    name: 'story-continues',
    test: /^(?:story continues below(?: advertisement)?|article continues (?:below|after (?:this )?advertisement))\.?$/i,
  },
  {
    name: 'related',
    test: /^(?:related(?: coverage| stories| articles| content| news| reading| topics| links)?|read more(?: about this)?|read next|more from [^.!?]{1,40}|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|you (?:may|might) also like|see also|also read|top stories|latest news|more stories|editors'? picks)\s*:?$/i,
  },
  {
    name: 'newsletter',
    test: /^(?:(?:join|sign up (?:for|to)|subscribe to|get|try) (?:our|the|a) [^.!?]{0,60}newsletters?\b[^]{0,120}|sign up(?: now)?(?: here)?(?: for [^.!?]{0,60})?\.?|subscribe(?: now| today| here)?\.?|[^.!?]{0,60}newsletters? sign[- ]?up)$/i,
  },
  // "© 2023 The Gazette", "Copyright 2023 Reuters", "... All rights reserved." (not "Copyright lawyers said ...")
  {
    name: 'copyright',
    test: /^(?:©|\(c\))[^\n]{0,160}$|^copyright\b[^\n]{0,40}\b(?:19|20)\d{2}\b[^\n]{0,120}$|^[^\n]{0,120}\ball rights reserved\.?$/i,
  },
  {
    name: 'reading-time',
    test: /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[-\s]*(?:min(?:ute)?s?\.?)[-\s]*read(?:ing time)?$|^(?:reading time|read time)\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?$/i,
  },
  {
    name: 'share',
    test: /^(?:share(?: this(?: article| story| page)?| on (?:facebook|twitter|x|linkedin|whatsapp|email))?|(?:facebook|twitter|linkedin|whatsapp|email|print|copy link)(?:\s*[|·,]?\s*(?:facebook|twitter|linkedin|whatsapp|email|print|copy link))*)\s*:?$/i,
  },
  {
    name: 'follow',
    test: /^follow (?:us|[^.!?]{1,40}) on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|youtube)[^.!?]{0,60}\.?$/i,
  },
  { name: 'feed-post-footer', test: /^the post [^\n]{1,240} appeared first on [^\n]{1,120}\.?$/i },
];

const MAX_FURNITURE_LENGTH = 240;

/** The text without its furniture paragraphs (blank-line separated, as the HTML reader writes them). */
export function dropFurniture(text: string): { text: string; dropped: number } {
  const paragraphs = text.split('\n\n');
  const kept = paragraphs.filter((p) => !isFurniture(p));
  return { text: kept.join('\n\n'), dropped: paragraphs.length - kept.length };
}

export function isFurniture(paragraph: string): boolean {
  const p = paragraph.trim();
  if (p.length === 0 || p.length > MAX_FURNITURE_LENGTH) return false;
  return FURNITURE.some((f) => f.test.test(p));
}
