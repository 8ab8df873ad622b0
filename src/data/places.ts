/**
 * Place names: sovereign states (with common short forms), capitals, US states,
 * major world cities, continents, regions and a few landmarks that the news
 * uses as places. Written from public-domain general knowledge (ISO 3166 short
 * names, UN member list); see data/README.md. Entries are separated by "|".
 */

export const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Bosnia|Herzegovina|Botswana|Brazil|Brunei|Bulgaria|
Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|
Ivory Coast|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|
El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|
Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|
Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|
Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|
Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|
Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|
Saint Kitts and Nevis|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|
Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|
Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|
UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|United States of America|US|U.S.|USA|U.S.A.|America|
Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Hong Kong|Macau|Puerto Rico|Greenland|Gaza|Gaza Strip|
West Bank|Crimea|Kashmir|Tibet|Xinjiang|Soviet Union|USSR|Korea|People's Republic of China|Republic of China|Republic of Korea`;

export const CAPITALS_AND_CITIES = `Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Nassau|Manama|Dhaka|Minsk|Brussels|Belmopan|
La Paz|Sarajevo|Gaborone|Brasilia|Sofia|Ouagadougou|Phnom Penh|Yaounde|Ottawa|Santiago|Beijing|Bogota|Kinshasa|San Jose|Havana|Nicosia|
Prague|Copenhagen|Santo Domingo|Quito|Cairo|San Salvador|Asmara|Tallinn|Addis Ababa|Helsinki|Paris|Libreville|Tbilisi|Berlin|Accra|Athens|
Guatemala City|Conakry|Port-au-Prince|Tegucigalpa|Budapest|Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|
Kingston|Tokyo|Amman|Astana|Nairobi|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Monrovia|Tripoli|Vilnius|Antananarivo|Lilongwe|
Kuala Lumpur|Bamako|Valletta|Nouakchott|Mexico City|Chisinau|Ulaanbaatar|Podgorica|Rabat|Maputo|Naypyidaw|Yangon|Windhoek|Kathmandu|
Amsterdam|The Hague|Wellington|Managua|Niamey|Abuja|Lagos|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Karachi|Lahore|Panama City|Asuncion|Lima|
Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|Kigali|Riyadh|Jeddah|Mecca|Dakar|Belgrade|Freetown|Bratislava|Ljubljana|Mogadishu|Pretoria|
Johannesburg|Cape Town|Seoul|Juba|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Bern|Geneva|Zurich|Damascus|Aleppo|Taipei|Dushanbe|Dodoma|
Dar es Salaam|Bangkok|Lome|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kyiv|Kiev|Abu Dhabi|Dubai|London|Washington|Washington, D.C.|Montevideo|
Tashkent|Caracas|Hanoi|Ho Chi Minh City|Sanaa|Aden|Lusaka|Harare|Luxembourg City|Monaco|Singapore|
New York|New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|Austin|San Francisco|Seattle|Denver|
Boston|Detroit|Nashville|Portland|Las Vegas|Memphis|Baltimore|Milwaukee|Atlanta|Miami|Orlando|Tampa|New Orleans|Cleveland|Pittsburgh|
Cincinnati|Minneapolis|St. Louis|Kansas City|Sacramento|Oakland|Cupertino|Palo Alto|Silicon Valley|Long Beach|Manhattan|Brooklyn|Queens|
the Bronx|Bronx|Honolulu|Anchorage|Salt Lake City|Albuquerque|Tucson|Omaha|Indianapolis|Columbus|Charlotte|Raleigh|Richmond|Buffalo|Newark|
Jersey City|Hartford|Providence|Toronto|Montreal|Vancouver|Calgary|Edmonton|Quebec City|Winnipeg|Halifax|Sydney|Melbourne|Brisbane|Perth|
Adelaide|Auckland|Manchester|Birmingham|Liverpool|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Bristol|Oxford|Cambridge|Lyon|Marseille|
Toulouse|Nice|Bordeaux|Strasbourg|Frankfurt|Munich|Hamburg|Cologne|Stuttgart|Dusseldorf|Milan|Naples|Turin|Venice|Florence|Porto|Seville|
Valencia|Rotterdam|Antwerp|Krakow|St. Petersburg|Saint Petersburg|Vladivostok|Novosibirsk|Odesa|Odessa|Kharkiv|Mariupol|Donetsk|Luhansk|
Shanghai|Guangzhou|Shenzhen|Chongqing|Tianjin|Wuhan|Chengdu|Nanjing|Hangzhou|Xiamen|Xi'an|Harbin|Osaka|Kyoto|Yokohama|Nagoya|Hiroshima|
Fukushima|Okinawa|Busan|Incheon|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Bangalore|Bengaluru|Hyderabad|Ahmedabad|Pune|Chiang Mai|Phuket|
Ho Chi Minh|Saigon|Surabaya|Bali|Penang|Sao Paulo|São Paulo|Rio de Janeiro|Rio|Brasília|Bogotá|Medellin|Guadalajara|Monterrey|Tijuana|
Havana|Casablanca|Marrakech|Alexandria|Benghazi|Mosul|Basra|Kandahar|Herat|Tabriz|Isfahan|Haifa|Ramallah|Gaza City|Hebron|Homs|Idlib|
Sharm el-Sheikh|Toulouse|Everett|Seattle|Mobile|Bangkok|Moscow`;

export const US_STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|
New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|
Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|
Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|
Bavaria|Catalonia|Siberia|Chechnya|Kurdistan|Punjab|Bengal|Guangdong|Hubei|Sichuan|Yunnan|Queensland|New South Wales|Victoria|Tasmania`;

export const REGIONS = `Europe|Asia|Africa|North America|South America|Latin America|Central America|Antarctica|Oceania|Australasia|Eurasia|
Middle East|Near East|Far East|East Asia|South Asia|Southeast Asia|Central Asia|West Africa|East Africa|North Africa|Southern Africa|
Sub-Saharan Africa|Western Europe|Eastern Europe|Central Europe|Northern Europe|Southern Europe|Scandinavia|Balkans|the Balkans|Caucasus|
Baltic|Mediterranean|the Mediterranean|Caribbean|the Caribbean|Pacific|Atlantic|Arctic|the Arctic|Persian Gulf|Gulf of Mexico|Red Sea|
Black Sea|Baltic Sea|North Sea|South China Sea|East China Sea|Sea of Japan|Taiwan Strait|Strait of Hormuz|Korean Peninsula|
Horn of Africa|Sahel|Sahara|Himalayas|Alps|Amazon|Nile|Mississippi River|Rhine|Danube|Yangtze|Midwest|New England|Wall Street|
Atlantic Ocean|Pacific Ocean|Indian Ocean|Arctic Ocean|Southern Ocean|Earth|West Coast|East Coast|Gulf Coast|Pacific Northwest|
Great Lakes|Lake Michigan|Gulf|Europe's|Asia-Pacific|Indo-Pacific|Americas|the Americas|Upper East Side|Capitol Hill|
White House|Kremlin|Downing Street|Elysee|Élysée|Zhongnanhai`;

/**
 * English names the generated lists lack: regions the source writes in their own language ("Sicilia", "Bretagne"),
 * historical regions and states, and the large and well-known islands (hand-written from public
 * general knowledge).
 */
export const EXONYMS_AND_HISTORICAL = `Sicily|Sardinia|Tuscany|Lombardy|Piedmont|Apulia|Andalusia|Castile|Galicia|Basque Country|Normandy|Brittany|Burgundy|
Provence|Alsace|Lorraine|Picardy|Gascony|Aquitaine|Corsica|Champagne|Savoy|Saxony|Saxony-Anhalt|Lower Saxony|Thuringia|
Hesse|Swabia|Westphalia|North Rhine-Westphalia|Rhineland|Rhineland-Palatinate|Pomerania|Prussia|East Prussia|Silesia|
Bohemia|Moravia|Transylvania|Wallachia|Dalmatia|Istria|Slavonia|Tyrol|South Tyrol|Carinthia|Styria|Jutland|Zealand|
Lapland|Karelia|Anatolia|Thrace|Mesopotamia|Levant|Persia|Manchuria|Patagonia|Deccan|Deccan Plateau|Transvaal|Rhodesia|
Ceylon|Siam|Yugoslavia|Czechoslovakia|East Germany|West Germany|Austria-Hungary|Ottoman Empire|Russian Empire|
Holy Roman Empire|Byzantine Empire|British Empire|Mughal Empire|Roman Empire|East Indies|West Indies|Dutch East Indies|
Netherlands East Indies|French Indochina|Indochina|Yorkshire|Sussex|Ulster|Leinster|Connacht|Java|East Java|West Java|
Central Java|Sumatra|Borneo|Sulawesi|Celebes|New Guinea|Luzon|Mindanao|Visayas|Honshu|Kyushu|Shikoku|Crete|Rhodes|
Lesbos|Mallorca|Majorca|Menorca|Tenerife|Gran Canaria|Canary Islands|Balearic Islands|Azores|Oahu|Maui|Kauai|Molokai|
Hispaniola|Timor|Jeju|Faroe Islands|Shetland|Hebrides|Anglesey|Guernsey|Baffin Island|Vancouver Island`;

/** Major airports by the names the news gives them; "London Heathrow", "Paris Orly": a city before one is part of its name. */
export const AIRPORTS = `Heathrow|Heathrow Airport|Gatwick|Gatwick Airport|Stansted|Orly|Charles de Gaulle|Schiphol|Narita|Haneda|Changi|Changi Airport|
LaGuardia|O'Hare|Suvarnabhumi|Sheremetyevo|Domodedovo|Vnukovo|Chek Lap Kok|Ben Gurion|Barajas|Fiumicino|Malpensa|Tegel|Schoenefeld`;

/** Place names that are as often something else; taken only with a place cue ("in X") or when the article confirms them. */
export const WEAK_PLACES = `Jordan|Chad|Mobile|Nice|Victoria|Reading|Bath|Phoenix|Lincoln|Jackson|Austin|Charlotte|Florence|Wellington|
Kingston|Everett|Amazon|Turkey|Mecca|Providence|Richmond|Columbus|Orlando|Cambridge|Oxford|Georgia|Santiago|Victoria|Alexandria|Rio|Bali|
Brittany|Lorraine|Champagne|Savoy|Levant|Java|Rhodes|Zealand`;
