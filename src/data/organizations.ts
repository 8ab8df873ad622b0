/**
 * Organization names: international bodies, government institutions, news
 * agencies and media, political parties and widely known companies. Written
 * from public-domain general knowledge; see data/README.md. "|" separated.
 */

export const INTERNATIONAL = `European Union|EU|E.U.|United Nations|UN|U.N.|UN Security Council|Security Council|General Assembly|NATO|Nato|World Bank|International Monetary Fund|IMF|
World Trade Organization|WTO|World Health Organization|WHO|UNESCO|UNICEF|UNHCR|International Atomic Energy Agency|IAEA|OPEC|OECD|G7|G8|G20|
ASEAN|African Union|Arab League|European Commission|European Parliament|European Council|Council of Europe|European Central Bank|ECB|
Eurogroup|International Criminal Court|ICC|International Court of Justice|Interpol|Red Cross|International Committee of the Red Cross|
Red Crescent|Amnesty International|Human Rights Watch|Greenpeace|Doctors Without Borders|Medecins Sans Frontieres|MSF|Oxfam|
International Olympic Committee|IOC|FIFA|UEFA|Bank for International Settlements|Shanghai Cooperation Organisation|BRICS|Hamas|Hezbollah|
Taliban|al-Qaeda|al Qaeda|Al Qaeda|Islamic State|ISIS|ISIL|Wagner Group|Muslim Brotherhood|Quad|AUKUS|APEC|Mercosur|Eurostat`;

export const GOVERNMENT = `State Department|Department of State|Pentagon|Defense Department|Department of Defense|Treasury Department|
Justice Department|Department of Justice|Commerce Department|Labor Department|Department of Labor|Energy Department|
Department of Homeland Security|Homeland Security|Department of Education|Federal Reserve|Fed|Congress|Senate|House of Representatives|
Supreme Court|Federal Bureau of Investigation|FBI|Central Intelligence Agency|CIA|National Security Agency|NSA|National Security Council|
Environmental Protection Agency|EPA|Securities and Exchange Commission|SEC|Federal Trade Commission|FTC|Federal Communications Commission|
FCC|Food and Drug Administration|FDA|Centers for Disease Control and Prevention|CDC|NASA|Internal Revenue Service|IRS|Secret Service|
Federal Aviation Administration|FAA|National Transportation Safety Board|NTSB|Government Accountability Office|GAO|Congressional Budget Office|
CBO|Air Force|US Air Force|U.S. Air Force|United States Air Force|USAF|Navy|US Navy|Army|US Army|Marine Corps|National Guard|Coast Guard|
Joint Chiefs of Staff|Bureau of Labor Statistics|Census Bureau|Social Security Administration|Department of Health and Human Services|
White House Office|Parliament|House of Commons|House of Lords|Bundestag|Duma|State Duma|Knesset|Politburo|Foreign Office|Home Office|
Ministry of Defence|Ministry of Defense|Defense Ministry|Defence Ministry|Foreign Ministry|Finance Ministry|Royal Air Force|RAF|Royal Navy|
Bank of England|Bank of Japan|Bank of Canada|Swiss National Bank|People's Bank of China|Reserve Bank of India|Bundesbank|
Scotland Yard|MI5|MI6|Mossad|KGB|FSB|People's Liberation Army|PLA|Communist Party|Chinese Communist Party|CCP|High Court|Court of Appeal`;

export const MEDIA = `Reuters|United Press International|UPI|Associated Press|AP|Agence France-Presse|AFP|Bloomberg|Bloomberg News|Xinhua|Kyodo|Kyodo News|Yonhap|TASS|Itar-Tass|
RIA Novosti|Interfax|BBC|CNN|CNBC|NBC|ABC|CBS|Fox News|MSNBC|NPR|PBS|Al Jazeera|Sky News|New York Times|
Washington Post|Wall Street Journal|Financial Times|Economist|Guardian|
Telegraph|Daily Telegraph|Daily Mail|USA Today|Los Angeles Times|Chicago Tribune|Politico|Axios|Mother Jones|
Associated Press|Der Spiegel|Le Monde|Le Figaro|El Pais|Nikkei|Asahi Shimbun|Yomiuri Shimbun|South China Morning Post|Global Times|
People's Daily|China Daily|CCTV|Detik.com|Wikinews|Wikipedia|Forbes|Fortune|Time|Newsweek|Vox|BuzzFeed|HuffPost`;

export const PARTIES = `Democratic Party|Republican Party|GOP|Labour Party|Labour|Conservative Party|
Liberal Democrats|Lib Dems|Scottish National Party|SNP|Liberal Party|New Democratic Party|Christian Democratic Union|CDU|CSU|SPD|
Social Democrats|Greens|Green Party|Alternative for Germany|AfD|National Rally|Front National|La Republique En Marche|Likud|Fatah|
Congress Party|Indian National Congress|BJP|Bharatiya Janata Party|ANC|African National Congress|Sinn Fein|Fianna Fail|Fine Gael|
United Russia|AKP|AK Party|Kuomintang|KMT|Democratic Progressive Party|DPP|Liberal Democratic Party|LDP|Workers' Party|Podemos|Syriza|Five Star Movement`;

export const COMPANIES = `Apple|Apple Computer|Microsoft|Google|Alphabet|Amazon|Meta|Facebook|Instagram|WhatsApp|Twitter|Netflix|Tesla|SpaceX|IBM|Intel|AMD|Nvidia|
Qualcomm|Cisco|Oracle|Dell|HP|Hewlett-Packard|Adobe|Salesforce|Uber|Lyft|Airbnb|PayPal|eBay|Yahoo|AOL|Samsung|Sony|Panasonic|Toshiba|
Hitachi|Nintendo|LG|Huawei|ZTE|Xiaomi|Lenovo|Alibaba|Tencent|Baidu|ByteDance|TikTok|Foxconn|TSMC|ASML|SAP|Siemens|Philips|Nokia|
Ericsson|Vodafone|AT&T|Verizon|T-Mobile|Sprint|Comcast|Disney|Warner Bros|Time Warner|News Corp|Viacom|Spotify|OpenAI|Anthropic|
Boeing|Airbus|EADS|Lockheed Martin|Lockheed|Northrop Grumman|Northrop|Raytheon|General Dynamics|BAE Systems|Rolls-Royce|Embraer|
Bombardier|McDonnell Douglas|Dassault|Thales|Safran|Leonardo|Honeywell|General Electric|GE|3M|Caterpillar|Deere|
General Motors|GM|Ford|Ford Motor|Chrysler|DaimlerChrysler|Daimler|Mercedes-Benz|BMW|Volkswagen|VW|Audi|Porsche|Toyota|Honda|Nissan|
Mazda|Subaru|Mitsubishi|Hyundai|Kia|Fiat|Ferrari|Renault|Peugeot|Citroen|Stellantis|Volvo|Saab|Opel|Vauxhall|Tata|Geely|BYD|Cerberus|
Goldman Sachs|JPMorgan|JPMorgan Chase|JP Morgan|JP Morgan Chase|J.P. Morgan|J.P. Morgan Chase|Eli Lilly|Morgan Stanley|Citigroup|Citibank|Bank of America|Wells Fargo|Lehman Brothers|Bear Stearns|
Merrill Lynch|Washington Mutual|HSBC|Barclays|Lloyds|UBS|Credit Suisse|Deutsche Bank|BNP Paribas|Societe Generale|Santander|AIG|
BlackRock|Berkshire Hathaway|Fannie Mae|Freddie Mac|Visa|Mastercard|American Express|WorldCom|Enron|
Walmart|Wal-Mart|Target|Costco|Best Buy|Home Depot|IKEA|Nike|Adidas|Coca-Cola|Pepsi|PepsiCo|McDonald's|Starbucks|Nestle|Unilever|
Procter & Gamble|Johnson & Johnson|Pfizer|Moderna|Merck|AstraZeneca|Novartis|Roche|GlaxoSmithKline|Sanofi|Bayer|BioNTech|
ExxonMobil|Exxon|Chevron|Shell|Royal Dutch Shell|BP|Total|TotalEnergies|Gazprom|Rosneft|Aramco|Saudi Aramco|Petrobras|Sinopec|PetroChina|
Ryanair|Lufthansa|Aeroflot|EasyJet|easyJet|Emirates|Etihad|KLM|Qantas|Cathay Pacific|Aer Lingus|AirTran|JetBlue|Southwest|
Delta|United Airlines|American Airlines|Air France|British Airways|Garuda Indonesia|Virgin Atlantic|Alitalia|Iberia|Swissair|
China Eastern|China Southern|Korean Air|Asiana|EVA Air|Thai Airways International|All Nippon Airways|ANA|JAL|SIA|Finnair|
Wizz Air|WestJet|Avianca|Aeromexico|EgyptAir|Saudia|Adam Air|Lion Air|AirAsia|Cebu Pacific|Air Berlin|Virgin Australia|
Air New Zealand|Royal Air Maroc|LATAM|IndiGo|
NYSE|New York Stock Exchange|London Stock Exchange|MICEX|Standard & Poor's|Moody's|Macy's|Sainsbury's|Sotheby's|Ben & Jerry's|Lloyd's of London|Fitch|Nielsen|NPD Group|Gartner|
Greyhound|FedEx|UPS|DHL|Maersk|Wikimedia|Mozilla|Linux Foundation|Harvard|Yale|Stanford|MIT|Oxford University|Cambridge University|
Beatles|Rolling Stones|Toyota Motor|Honda Motor|Intel Corp|Microsoft Corp`;

/** Names that are also common words or people; taken only with an organization cue or mid-sentence capitalisation. */
export const WEAK_ORGS = `Apple|Amazon|Meta|Target|Shell|Total|Delta|Visa|Ford|Fed|Quad|Time|Fortune|Guardian|Labour|Greens|Leonardo|Southwest|
Emirates|Deere|Congress|Army|Navy|Parliament|WHO|AP|Fitch|Sprint|Oracle|Dell`;
