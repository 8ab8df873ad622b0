/**
 * Word lists that steer the rules: organization and place name heads, words
 * that are capitalised but never names, and demonyms (not place mentions).
 */

/** A capitalised run ending in one of these is an organization ("Singapore Airlines", "Ford Motor Company"). */
export const ORG_SUFFIXES = `Newsroom|Fame|Inc|Inc.|Incorporated|Corp|Corp.|Corporation|Co|Co.|Company|Companies|Ltd|Ltd.|Limited|LLC|L.L.C.|LLP|PLC|Plc|plc|
AG|SA|S.A.|SpA|S.p.A.|NV|N.V.|BV|GmbH|AB|ASA|Oyj|KK|Group|Holdings|Holding|Partners|Associates|Ventures|Capital|Investments|Fund|Trust|
Bank|Bancorp|Securities|Insurance|Assurance|Financial|Airlines|Airline|Airways|Air Lines|Motors|Motor|Automotive|Auto|Industries|
Technologies|Technology|Systems|Software|Networks|Communications|Telecom|Media|Entertainment|Studios|Pictures|Records|Publishing|
Press|Times|Post|News|Journal|Herald|Tribune|Gazette|Daily|Review|Magazine|Broadcasting|Television|Radio|Pharmaceuticals|Labs|
Laboratories|Energy|Petroleum|Oil|Gas|Electric|Power|Steel|Mining|Chemicals|Foods|Brands|Stores|Markets|Exchange|Ministry|Department|
Agency|Administration|Authority|Bureau|Commission|Committee|Council|Board|Office|Service|Services|Institute|Institution|Foundation|
Association|Federation|Union|League|Society|Organization|Organisation|Party|Movement|Front|Alliance|Coalition|Congress|Assembly|
Parliament|Senate|Court|Tribunal|University|College|School|Academy|Hospital|Clinic|Center for|Church|Army|Navy|Force|Forces|Guard|
Corps|Police|Brigade|Management|Battalion|Command|Club|FC|Team|Orchestra|Band|Research|Consulting|Analytics|Logistics|Shipping|Railways|Railway|
Rail|Transit|Aircraft|Aerospace|Aviation|Aeronautics|Defence|Defense|Dynamics|Electronics|Instruments|Semiconductor|Pharma|Health|Healthcare|
PAC|Eurogroup|Reserve|Fed|Secretariat|Cabinet|Directorate|Inspectorate|Unit|Division|Mission|Programme|Program|Initiative|Project|
Network|Caucus|Forum|Endowment|Recordings|Brotherhood|Lab|Laboratory|Lottery|Cable`;

/**
 * Organization heads that also serve as modifiers of a later head: "European Aeronautic Defence and Space Company",
 * "United Auto Workers". A name ending in one of these may go on across "and" or to a capitalised plural.
 */
export const ATTRIBUTIVE_SUFFIXES = `Auto|Motor|Automotive|Defence|Defense|Aerospace|Aviation|Aeronautics|Energy|Power|Oil|Gas|Steel|Mining|
Health|Healthcare|Media|Technology|Software|Telecom|Electric|Electronics|Insurance|Securities|Financial|Research|Shipping|Rail|Transit|
Entertainment|Chemicals|Foods|Communications`;

/** Heads that take "of": "Bank of Japan", "University of Chicago", "Ministry of Defence". */
export const ORG_OF_HEADS = `Bank|University|Ministry|Department|Office|Institute|Council|Court|Board|Commission|Chamber|Academy|Church|Federation|
Association|Union|League|Party|Society|College|School|Museum|Bureau|House|Agency|Organization|Organisation|Government|Congress|
Assembly|Parliament|Secretariat|Federal Reserve Bank|Army|Brotherhood|Institution|Railway|Railways|Authority`;

/** A capitalised run ending in one of these is a place ("Taiwan Strait", "Changi International Airport"). */
export const PLACE_SUFFIXES = `Ocean|Sea|Strait|Straits|Gulf|Bay|River|Lake|Mountains|Mountain|Mount|Mt|Island|Islands|Peninsula|Valley|Desert|Canyon|
Coast|Province|State|County|District|Area|Region|Territory|Territories|Prefecture|Oblast|City|Town|Village|Airport|Port|Harbor|Harbour|
Square|Street|St.|Avenue|Ave.|Boulevard|Blvd.|Road|Rd.|Bridge|Park|Plaza|Stadium|Arena|Beach|Falls|Heights|Hills|Springs|
Factory|Plant|Refinery|Shipyard|Terminal|Station|Rink|Shelf|Seas|Empire`;

/** Capitalised words that are never names by themselves: calendar words, pronouns, discourse words. */
export const NEVER_NAMES = `I|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll|Well|Oh|Okay|OK|Hey|Sure|Thanks|A|An|The|This|That|These|Those|It|Its|He|She|We|They|You|His|Her|Our|Their|My|Your|There|Here|
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|
December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Today|Yesterday|Tomorrow|Christmas|Easter|Ramadan|Thanksgiving|
However|Meanwhile|Moreover|Furthermore|Nevertheless|Also|And|But|Or|So|Yet|If|When|While|After|Before|Since|As|At|In|On|Of|For|From|
To|By|With|Without|Under|Over|About|Among|Although|Though|Because|Despite|According|Asked|Yes|No|Not|Now|Then|Still|Even|Only|Just|Neither|Nor|Either|Unlike|Like|Until|Unless|Whether|Once|Instead|Indeed|
Mr|Mrs|Ms|Dr|Is|Was|Are|Were|Will|Would|Can|Could|Should|May|Might|Must|Do|Does|Did|Has|Have|Had|What|Who|Why|How|Where|Which|
Some|Many|Most|All|Both|Each|Every|Other|Another|Such|Several|Few|More|Less|Last|Next|First|Second|Third|New|Old|Our|Let|Please|
Update|Updated|Breaking|Exclusive|Analysis|Opinion|Editorial|Photo|Video|Watch|Read|Related|Advertisement|Sponsored|Copyright|
AM|PM|A.M.|P.M.|LCD|LED|OS|CD|DVD|USB|GPS|HIV|AIDS|DNA|ATM|SUV|SMS|PDF|FAQ|HTML|URL|API|UN-|UTC|GMT|EST|EDT|PST|PDT|BST|CET|Q1|Q2|Q3|Q4|CEO|CFO|COO|CTO|VP|GDP|CPI|IPO|AI|TV|PC|OK|No.|Nos|PAC|LLC`;

/**
 * Initialisms of common nouns, never a body's name: economics and finance, computing, science and medicine, vehicles,
 * film and media, everyday shorthand. Hand-written by those categories (no public list fits); an initialism that also
 * names a body ("ETA", "CGI", "ERA") is left out.
 */
export const COMMON_INITIALISMS = `GNP|GNI|VAT|GST|APR|ETF|ETFs|FDI|EPS|ROI|NAV|IOU|LBO|CDS|CDO|CDOs|
XML|JSON|HTTP|HTTPS|HTML5|SQL|IRC|RSS|CPU|GPU|RAM|ROM|SSD|VPN|LAN|WLAN|WiFi|Wi-Fi|JPEG|GIF|MP3|MP4|PHP|CSS|SDK|OCR|P2P|DRM|
RNA|mRNA|ROS|MRI|ICU|PTSD|ADHD|BMI|ECG|EKG|IVF|STD|STDs|COPD|MMPI|IQ|PCR|
ROV|UAV|UAVs|ICBM|ICBMs|EV|EVs|RPM|MPH|mph|
POV|HD|VR|DVDs|CDs|
BDSM|LGBT|LGBTQ|DIY|RSVP|ASAP|FYI|AKA|MVP|PhD|MBA|BSc|MSc`;

/** Nationality and group adjectives: capitalised but not place mentions. */
export const DEMONYMS = `Democrats|Republicans|Conservatives|Tories|Liberals|American|Americans|Chinese|British|English|French|German|Germans|Italian|Italians|Spanish|Japanese|Korean|Koreans|
Russian|Russians|Ukrainian|Ukrainians|Indian|Indians|Pakistani|Afghan|Iranian|Iranians|Iraqi|Iraqis|Syrian|Syrians|Israeli|Israelis|
Palestinian|Palestinians|Turkish|Turk|Turks|Egyptian|Saudi|Saudis|Emirati|Qatari|Lebanese|Jordanian|Yemeni|Canadian|Canadians|Mexican|
Mexicans|Brazilian|Argentine|Argentinian|Chilean|Colombian|Venezuelan|Cuban|Cubans|Australian|Australians|European|Europeans|Asian|
Asians|African|Africans|Arab|Arabs|Western|Eastern|Northern|Southern|Taiwanese|Vietnamese|Thai|Indonesian|Malaysian|Filipino|
Singaporean|Burmese|Polish|Dutch|Belgian|Swiss|Swedish|Norwegian|Danish|Finnish|Irish|Scottish|Welsh|Greek|Portuguese|Austrian|
Hungarian|Czech|Romanian|Bulgarian|Serbian|Croatian|Nigerian|Kenyan|Ethiopian|South African|North Korean|South Korean|Soviet|
Democratic|Conservative|Liberal|Progressive|Socialist|Communist|Muslim|Muslims|Christian|Christians|Jewish|Jew|Jews|Catholic|Catholics|Protestant|Sunni|Shia|Shiite|Hindu|Buddhist|Democrat|
Republican|Latino|Latina|Hispanic|Kurdish|Kurds|Sikh|Tibetan|Uyghur|Uighur|Basque|Catalan|Bavarian|Texan|Californian|New Yorker`;

/** Market indices and similar names: not organizations in their own right (the annotation leaves financial names out). */
export const FINANCIAL_INDICES = `Dow Jones Industrial Average|Dow Jones industrial average|Dow Jones|Dow|Nasdaq Composite|Nasdaq|Nikkei|Nikkei 225|FTSE|
FTSE 100|S&P|S&P 500|Standard & Poor's 500|Hang Seng|DAX|CAC|CAC 40|Russell 2000|Euro Stoxx|Stoxx|Kospi|Sensex|Nifty|Topix|DJIA|
Shanghai Composite|Bovespa|IBEX|MSCI`;

/** Holidays and named days: events, not places or bodies (CoNLL leaves them out, as MISC); "Canada Day" is no "Canada". */
export const HOLIDAYS = `Memorial Day|Labor Day|Labour Day|Veterans Day|Veterans' Day|Independence Day|Boxing Day|New Year's Day|
New Year's Eve|Christmas Day|Christmas Eve|Good Friday|Easter Sunday|Easter Monday|Mother's Day|Father's Day|Valentine's Day|
Presidents' Day|Presidents Day|Columbus Day|Martin Luther King Day|Martin Luther King Jr. Day|Bastille Day|Australia Day|
Canada Day|Victoria Day|Remembrance Day|Armistice Day|Anzac Day|Waitangi Day|Republic Day|Unification Day|National Day|
Flag Day|Election Day|Inauguration Day|Earth Day|World Cup Day|All Saints' Day|All Souls' Day|St. Patrick's Day|
Saint Patrick's Day|St. Valentine's Day|Guy Fawkes Night|Bonfire Night|Thanksgiving Day|Black Friday|Cyber Monday|
Super Tuesday|Ash Wednesday|Palm Sunday|Maundy Thursday|Holy Week|Whit Monday|Lunar New Year|Chinese New Year|
Eid al-Fitr|Eid al-Adha|Yom Kippur|Rosh Hashanah|Hanukkah|Passover|Diwali|Nowruz|Juneteenth|Halloween|Hogmanay`;

/** Particles that begin a surname, written apart: "de Blasio", "van Gogh", "al Assad". */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'des',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
  'dos',
  'das',
  'ter',
  'zu',
]);
