/**
 * Honorifics and job titles that precede names. They are kept out of mention
 * spans and recorded as the entity's titles; they are also person cues.
 */

/** Short honorifics, with or without the period ("Mr", "Mr."). */
export const HONORIFICS = `Magistrate|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Reverend|Fr|Father|Sister|Brother|Sen|Senator|Rep|
Representative|Congressman|Congresswoman|Gov|Governor|Gen|General|Lt|Lieutenant|Col|Colonel|Maj|Major|Capt|Captain|Cmdr|Commander|Adm|
Admiral|Sgt|Sergeant|Cpl|Pvt|Pres|President|Vice|Sheikh|Imam|Rabbi|Pope|Cardinal|Bishop|Archbishop|Judge|Justice|Chancellor|Premier|
Mayor|Ambassador|Secretary|Minister|Chairman|Chairwoman|Chairperson|Chair|Director|Spokesman|Spokeswoman|Spokesperson|Chief|King|Queen|
Prince|Princess|Emperor|Empress|Crown|Detective|Inspector|Officer|Agent|Coach|Dean|Attorney|Prosecutor|Counsel|Speaker|Leader|CEO|CFO|COO|
CTO|Executive|Founder|Co-founder|Cofounder|Deputy|Assistant|Acting|Interim|Former|Presiding|Superintendent|Commissioner|Envoy|Delegate|
Analyst|Economist|Manager|Editor|Correspondent|Reporter|Sheriff|Marshal|Constable|Trustee|Treasurer|Auditor|Principal|Superstar|Star|Dictator|
Chieftain|Warlord|Comrade|Pastor|Actor|Actress|Rapper|Comedian|Novelist|Filmmaker|Astronaut|Brig|Gens|Sens|Reps|Senators|Governors|Congressmen|Congresswomen|Messrs|Mme|Mlle|Herr|Frau|Don|Doña|Señor|Monsieur|Madame|Hon|Honourable|Honorable|Rt`;

/**
 * Words that modify a title inside a capitalised run ("Foreign Minister",
 * "Treasury Secretary", "Chief Executive Officer", "Secretary of State").
 */
export const TITLE_MODIFIERS = `Foreign|Prime|Finance|Defense|Defence|Interior|Home|Health|Treasury|Commerce|Trade|Energy|Labor|Labour|Justice|
Education|Transport|Transportation|Agriculture|Environment|State|Attorney|General|Executive|Officer|Operating|Financial|Technology|
Vice|Deputy|Assistant|Under|Undersecretary|Parliamentary|Permanent|Foreign Affairs|Affairs|Economy|Economic|Security|National|Navy|
Army|Press|Communications|Cabinet|Supreme|High|Chief|Senior|Principal|Managing|Presiding|Majority|Minority|Opposition|Party|Crown|
Grand|Lord|Lady|Head|Federal|District|Circuit|Appeals|Court|Police|Fire|Immigration|Homeland|Intelligence|Public|Information|Culture|
Sports|Tourism|Industry|Development|International|Relations|Human|Rights|Resources|Office|Acting|Interim|Former|Late|Then|Co|Of|Staff`;

/** Heads of a title phrase: "X Minister", "X Secretary", "Chief X Officer". */
export const TITLE_HEADS = `President|Minister|Secretary|Chancellor|Premier|Governor|Senator|Representative|Mayor|Ambassador|Chairman|Chairwoman|
Chairperson|Chair|Director|Spokesman|Spokeswoman|Spokesperson|Chief|CEO|CFO|COO|CTO|Officer|Executive|Judge|Justice|Attorney|
General|Commissioner|Envoy|Leader|Speaker|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Archbishop|Sheikh|Emir|Sultan|Ayatollah|
Commander|Admiral|Colonel|Captain|Lieutenant|Sergeant|Major|Founder|Co-founder|Prosecutor|Counsel|Sheriff|Coach|Manager|Analyst|
Economist|Editor|Correspondent|Professor|Dean|Superintendent|Inspector|Detective|Deputy|Vice-President|Vice President|Treasurer|
Congressman|Congresswoman|Lawmaker|Legislator|Diplomat|Negotiator|Adviser|Advisor|Strategist|Spokesmen|Presiding`;
