// Gegenereerd door src/tools/build-knowledge.ts uit src/assistant/knowledge/*.md: niet met de hand bewerken.
// Opnieuw maken: node src/tools/run.mjs src/tools/build-knowledge.ts
import type { KnowledgeCard } from './card-schema';

export const KNOWLEDGE_CARDS: readonly KnowledgeCard[] = [
  {
    "id": "actief-schrijven",
    "title": "Actief schrijven in plaats van de lijdende vorm",
    "topic": "taalgebruik",
    "tags": [
      "actief schrijven",
      "actieve zin",
      "actieve zinnen",
      "lijdende vorm",
      "passief",
      "passieve zin",
      "wie deed wat",
      "er wordt",
      "werd besproken",
      "is afgesproken",
      "handelende persoon"
    ],
    "sources": [
      "METHOD.md § Writing rules that the coach enforces"
    ],
    "related": [
      "eenvoudige-taal",
      "observatie-en-interpretatie",
      "rapporteren-ecd",
      "krachtgericht-formuleren"
    ],
    "templates": [],
    "body": "De lijdende vorm verbergt wie wat deed: \"er is besproken dat …\", \"er werd besloten …\". Wie besprak het? Wie besloot?\n\n**Zo doe je het**\n- Zet de handelende persoon vooraan: \"Mevrouw en ik spraken af dat zij dinsdag de huurbaas belt.\"\n- Maak zichtbaar wat de cliënt zelf deed: \"Meneer heeft zelf de afspraak bij de huisarts gemaakt\" laat een kracht zien.\n- Ook bij afspraken: wie doet wat en wanneer? Dat sluit aan op het actieplan.\n\n**Voorbeeld**\n- Lijdend: \"Er is een aanvraag gedaan bij de gemeente.\"\n- Actief: \"Meneer heeft op 4 juni samen met mij de aanvraag bij de gemeente ingediend.\""
  },
  {
    "id": "actieplan",
    "title": "Het actieplan",
    "topic": "actieplan",
    "tags": [
      "actieplan",
      "action plan",
      "plan van aanpak",
      "herstelplan",
      "doelen",
      "doel",
      "doelen stellen",
      "acties",
      "stappen",
      "kleine stappen",
      "wat hoe wie wanneer",
      "wat",
      "hoe",
      "wie",
      "wanneer",
      "voortgang",
      "ondertekening",
      "handtekening",
      "passion statement"
    ],
    "sources": [
      "METHOD.md § Worksheets – Actieplan"
    ],
    "related": [
      "smart-doelen",
      "fuzzy-doelen",
      "prioriteiten",
      "krachteninventarisatie",
      "ik-vorm",
      "evaluatie"
    ],
    "templates": [
      "actieplan"
    ],
    "body": "In het actieplan staan de **hersteldoelen van de cliënt voor de lange termijn**, uitgewerkt in kleine stappen.\n\n**Opbouw**\n- **Wat?** Het doel als uitspraak in de eigen woorden van de cliënt: een \"passion statement\", gehaald uit de wensen in de krachteninventarisatie.\n- **Hoe?** Het doel opgeknipt in **kleine, haalbare acties**.\n- **Wie?** Wie doet de actie: de cliënt, jij, iemand uit het netwerk.\n- **Wanneer?** Een datum of een vaste dag.\n- **Handtekeningen** van cliënt en begeleider.\n- **Voortgangsnotities**.\n\n**Werkwijze**\n- Kies **3 tot 4 prioriteiten**.\n- Doelen zijn **SMART** én **FUZZY**: vooral de doelen van de cliënt, in de taal van de cliënt, gericht op succes.\n- Ik-vorm: \"Ik bel maandag 10 juni de woningcorporatie.\"\n\n*Niet geverifieerd*: de methode noemt **tien** kwaliteitseisen voor een actieplan; die officiële lijst hebben we niet kunnen controleren."
  },
  {
    "id": "afronden",
    "title": "Afronden en nazorg",
    "topic": "evaluatie-afronden",
    "tags": [
      "afronden",
      "afronding",
      "afsluiten",
      "afsluiting",
      "einde begeleiding",
      "stoppen",
      "beeindigen",
      "nazorg",
      "overdracht",
      "afscheid",
      "eindverslag",
      "eindigt",
      "einde",
      "begeleiding eindigt",
      "laatste gesprek",
      "overdragen",
      "warme overdracht",
      "indicatie loopt af",
      "nieuwe begeleider"
    ],
    "sources": [
      "METHOD.md § The course of a begeleidingstraject",
      "METHOD.md § Reflection and intervision"
    ],
    "related": [
      "evaluatie",
      "fases-van-het-traject",
      "hulpbronnen",
      "hoop-en-perspectief"
    ],
    "templates": [
      "afronden"
    ],
    "body": "**Afronden** is samen met evalueren de vijfde fase van het traject.\n\n**Waar je bij stilstaat**\n- Wat is er bereikt, in de woorden van de cliënt?\n- Zijn er **nieuwe doelen**, en wie helpt daarbij?\n- Is er **nazorg** nodig?\n- Welke **natuurlijke hulpbronnen** blijven er: familie, buren, clubs, voorzieningen?\n- Een **toekomst buiten de zorg**: dat is waar herstel op gericht is.\n\n**Schrijven**: een eindverslag beschrijft de krachten en successen van de cliënt, wat hem helpt, en de afspraken voor daarna."
  },
  {
    "id": "complete-boodschap",
    "title": "De complete boodschap",
    "topic": "complete-boodschap",
    "tags": [
      "complete boodschap",
      "confronteren",
      "confrontatie",
      "confronteren met verbinding",
      "lastig gesprek",
      "moeilijk gesprek",
      "iets aankaarten",
      "aanspreken",
      "ik deel",
      "jij deel",
      "wij deel",
      "ik jij wij",
      "feedback geven",
      "grens aangeven",
      "verbinding houden",
      "zorgen uiten",
      "zorgen uitspreken",
      "zorgen delen",
      "moeilijke boodschap",
      "lastige boodschap",
      "boodschap brengen",
      "boos worden",
      "iets zeggen",
      "conflict",
      "ruzie"
    ],
    "sources": [
      "METHOD.md § Talking with the client"
    ],
    "related": [
      "ik-boodschap",
      "werkrelatie",
      "etiquette",
      "oplossingsgerichte-vragen"
    ],
    "templates": [
      "complete-boodschap"
    ],
    "body": "Met de complete boodschap **confronteer je en houd je het contact**. Ze heeft drie delen:\n\n1. **Ik-deel**: jouw eigen reactie. \"Ik word er bang van …\", \"Ik heb daar last van …\"\n2. **Jij-deel**: de kant van de ander, als\n   - observatie: \"Ik zie dat jij …\",\n   - begrip: \"Ik begrijp dat je …\", of\n   - check: \"Wat vind je van wat ik zeg?\", \"Kun je uitleggen wat er speelt?\"\n3. **Wij-deel**: samen verder. \"Ik zou willen dat wij …\", \"Laten we met elkaar …\"\n\n**Voorbeeld**\n\"Ik maak me zorgen als ik de stapel brieven op tafel zie liggen. Ik begrijp dat het openen ervan je veel spanning geeft. Laten we volgende week samen de eerste drie brieven openen.\"\n\n**Let op**: \"ik vind dat …\" is een oordeel, geen ik-boodschap. Blijf bij je eigen reactie."
  },
  {
    "id": "copingvragen",
    "title": "Copingvragen",
    "topic": "oplossingsgerichte-vragen",
    "tags": [
      "copingvragen",
      "copingvraag",
      "coping",
      "volhouden",
      "hoe hou je het vol",
      "hoe heb je het volgehouden",
      "doorzetten",
      "overleven",
      "zware tijd",
      "coping question",
      "doorgaan",
      "door te gaan",
      "zware periode",
      "moeilijke periode"
    ],
    "sources": [
      "METHOD.md § Talking with the client"
    ],
    "related": [
      "oplossingsgerichte-vragen",
      "uitzonderingsvragen",
      "hoop-en-perspectief"
    ],
    "templates": [
      "oplossingsgerichte-vragen"
    ],
    "body": "Een **copingvraag** zet de kracht in het licht die iemand al liet zien in een moeilijke tijd.\n\n**De vraag**: \"Hoe heb je het volgehouden?\" of \"Hoe lukt het je om door te gaan?\"\n\n**Doorvragen**\n- \"Wat hielp je daarbij?\"\n- \"Wie hielp je daarbij?\"\n- \"Wat zegt dat over jou?\"\n\n**Wanneer**: vooral als de cliënt moedeloos is of alleen het probleem ziet. Het antwoord laat krachten en hulpbronnen zien; schrijf ze op in de woorden van de cliënt."
  },
  {
    "id": "cra",
    "title": "CRA (community reinforcement approach)",
    "topic": "algemeen",
    "tags": [
      "cra",
      "community reinforcement approach",
      "verslavingszorg",
      "verslaving",
      "middelengebruik",
      "alcohol",
      "drugs",
      "verslavingsbehandeling"
    ],
    "sources": [
      "METHOD.md § inleiding"
    ],
    "related": [
      "krachtgericht-werken",
      "stigmatiserende-termen",
      "srh",
      "herstel"
    ],
    "templates": [],
    "body": "**CRA** (community reinforcement approach) is een verwante benadering van Herstelwerk die in de **verslavingszorg** wordt gebruikt.\n\n**Schrijven over verslaving, krachtgericht**\n- **Persoon eerst**: \"meneer heeft een verslaving\", niet \"de verslaafde\" of \"junk\".\n- **Feiten** in plaats van vage woorden: wat, hoeveel, wanneer, in de woorden van de cliënt.\n- Wat wil de cliënt zelf? Dat komt in het actieplan.\n\nMeer over de werkwijze van CRA staat niet in onze bronnen; deze assistent vult dat niet zelf in."
  },
  {
    "id": "ecogram",
    "title": "Het ecogram",
    "topic": "ecogram",
    "tags": [
      "ecogram",
      "netwerkkaart",
      "sociogram",
      "netwerk in kaart",
      "sociale kaart",
      "netwerk tekenen",
      "contacten tekenen",
      "lijnen",
      "steunend",
      "neutraal",
      "gespannen",
      "steun",
      "praktische steun",
      "emotionele steun",
      "advies",
      "gezelschap"
    ],
    "sources": [
      "METHOD.md § Worksheets – Ecogram"
    ],
    "related": [
      "vip-kaart",
      "hulpbronnen",
      "leefgebied-sociale-relaties",
      "naastbetrokkenen"
    ],
    "templates": [
      "hulpbronnen"
    ],
    "body": "Met een **ecogram** breng je het netwerk van de cliënt in beeld.\n\n**Zo maak je het**\n- De **cliënt in het midden**, de contacten eromheen.\n- Elk contact is met een **lijn** verbonden; de stijl van de lijn zegt of het contact **steunend** of **neutraal** (of **gespannen**) is.\n- Groepeer de contacten: familie van herkomst, overige familie, vrienden, oud-buren en oud-collega's, buren, adviseurs, hulpverleners.\n- Geef aan welke **steun** iemand geeft: **praktisch**, **gezelschap**, **advies** of **emotioneel**.\n\n**Waarom**: zo zie je samen welke natuurlijke hulpbronnen er zijn, en wie de cliënt weer zou willen betrekken. Teken het samen met de cliënt, in zijn woorden."
  },
  {
    "id": "eenvoudige-taal",
    "title": "Eenvoudige taal, geen jargon of afkortingen",
    "topic": "taalgebruik",
    "tags": [
      "eenvoudige taal",
      "begrijpelijke taal",
      "gewone taal",
      "duidelijke taal",
      "taalniveau",
      "b1",
      "jargon",
      "vakjargon",
      "vaktaal",
      "afkortingen",
      "afkorting",
      "moeilijke woorden",
      "leesbaar",
      "inzage",
      "dossier lezen",
      "recht op inzage",
      "begrijpt het niet",
      "snapt het niet",
      "begrijpen",
      "duidelijker",
      "toegankelijk",
      "leest slecht",
      "moeite met lezen"
    ],
    "sources": [
      "METHOD.md § Writing rules that the coach enforces"
    ],
    "related": [
      "krachtgericht-formuleren",
      "labels",
      "rapporteren-ecd",
      "actief-schrijven",
      "vage-woorden"
    ],
    "templates": [],
    "body": "Cliënten hebben het recht hun dossier te lezen. Schrijf dus zo dat de cliënt het begrijpt en zich erin herkent.\n\n**Zo doe je het**\n- Gebruik gewone woorden in plaats van vaktaal: \"ze wil weer gaan werken\" in plaats van \"re-integratie in arbeidsproces\".\n- Schrijf afkortingen voluit, of laat ze weg.\n- Korte zinnen, één gedachte per zin.\n- Benoem problemen ook in gewone taal: duidelijk en eerlijk, zonder etiket.\n\n**Check**: zou de cliënt deze zin hardop kunnen voorlezen en zeggen \"ja, zo is het\"? Dan zit je goed."
  },
  {
    "id": "eigen-woorden-citeren",
    "title": "De eigen woorden van de cliënt en citeren",
    "topic": "krachtgericht-formuleren",
    "tags": [
      "eigen woorden",
      "citeren",
      "citaat",
      "citaten",
      "letterlijk",
      "aanhalingstekens",
      "woorden van de client",
      "uitspraak",
      "quote",
      "niet verbeteren",
      "taal van de client"
    ],
    "sources": [
      "METHOD.md § Writing rules that the coach enforces",
      "METHOD.md § Worksheets"
    ],
    "related": [
      "ik-vorm",
      "observatie-en-interpretatie",
      "fuzzy-doelen",
      "kwaliteit-krachteninventarisatie"
    ],
    "templates": [
      "krachteninventarisatie",
      "actieplan"
    ],
    "body": "Gebruik de **eigen woorden** van de cliënt: citeer ze letterlijk, tussen aanhalingstekens. Zo blijft het verhaal van de cliënt en leest de cliënt zichzelf terug.\n\n**Regels**\n- Een citaat verbeter je **nooit**: geen spelling, geen grammatica, geen nettere woorden. Ook een niet-formulering of een vaag woord in een citaat laat je staan; de coach keurt citaten niet af.\n- Zet erbij wie het zei en wanneer als dat ertoe doet: Mevrouw zei: \"Ik wil gewoon rust in mijn hoofd.\"\n- Het doel in het actieplan staat in de woorden van de cliënt, ook als jij het anders zou zeggen.\n\n**Tip**: schrijf een sterke uitspraak tijdens of direct na het gesprek op. Die woorden zijn vaak het begin van een doel."
  },
  {
    "id": "ervaringsdeskundigheid",
    "title": "Ervaringsdeskundigheid en ervaringskennis",
    "topic": "ervaringsdeskundigheid",
    "tags": [
      "ervaringsdeskundigheid",
      "ervaringsdeskundige",
      "ervaringsdeskundigen",
      "ervaringskennis",
      "eigen ervaring",
      "lotgenoten",
      "lotgenotencontact",
      "peer support",
      "lived experience",
      "herstelverhaal",
      "herstelacademie",
      "herstelcollege",
      "recovery college",
      "zelfhulpgroep",
      "lotgenotengroep",
      "ervaringswerker",
      "zelfonthulling"
    ],
    "sources": [
      "METHOD.md § Worksheets – Hulpbronnen",
      "METHOD.md § Core idea"
    ],
    "related": [
      "hulpbronnen",
      "herstel",
      "hoop-en-perspectief",
      "naastbetrokkenen"
    ],
    "templates": [],
    "body": "**Ervaringskennis** is in Herstelwerk een hulpbron: ze hoort bij **sociale empowerment**, samen met hoop, competenties en eigenwaarde.\n\n**Wat je ermee doet**\n- Vraag de cliënt naar zijn **eigen ervaring**: wat heeft hij geleerd over wat hem helpt? Dat is kennis die niemand anders heeft.\n- Schrijf die kennis op in de krachteninventarisatie, in de woorden van de cliënt: \"Ik weet nu dat wandelen me helpt als het onrustig wordt in mijn hoofd.\"\n- Herstel is ook een **weg**: de ervaring van anderen die die weg gingen, kan hoop geven.\n\nOnze bronnen zeggen verder niets over de rol of opleiding van ervaringsdeskundigen in een team; kijk daarvoor naar de afspraken in je eigen organisatie."
  },
  {
    "id": "etiquette",
    "title": "De etiquette: relatie, taken en proces",
    "topic": "werkrelatie",
    "tags": [
      "etiquette",
      "gedragsregels",
      "beroepshouding",
      "houding",
      "relatie taken proces",
      "luisteren",
      "eerlijk",
      "moraliseren",
      "kleineren",
      "praktische hulp",
      "stimuleren",
      "dwingen",
      "verhaal achter gedrag",
      "doen wat je zegt",
      "verantwoorden",
      "verschuilen achter regels",
      "dwang",
      "verplichten"
    ],
    "sources": [
      "METHOD.md § Reflection and intervision"
    ],
    "related": [
      "werkrelatie",
      "zelfreflectie",
      "complete-boodschap",
      "presentie"
    ],
    "templates": [],
    "body": "De **etiquette** van krachtgericht werken beschrijft je houding in drie delen. Je kunt ze gebruiken om op je eigen werk te reflecteren.\n\n**Relatie**\n- Er zijn, luisteren, eerlijk zijn.\n- Confronteren mét verbinding (de complete boodschap).\n- Niet moraliseren en niet kleineren.\n\n**Taken**\n- Praktische hulp bieden.\n- Stimuleren in plaats van dwingen.\n- Zoeken naar het verhaal achter het gedrag.\n\n**Proces**\n- Doen wat je zegt.\n- Je niet verschuilen achter het kantoor, de pc of regels.\n- Verantwoorden wat je doet.\n\n**Reflectievraag**: bij welk punt ging het deze week goed, en bij welk punt wil je groeien?"
  },
  {
    "id": "evaluatie",
    "title": "Evalueren",
    "topic": "evaluatie-afronden",
    "tags": [
      "evaluatie",
      "evalueren",
      "evaluatiegesprek",
      "terugkijken",
      "doelen bereikt",
      "kwaliteit van leven",
      "voortgang",
      "tussenevaluatie",
      "evaluatieverslag",
      "resultaat"
    ],
    "sources": [
      "METHOD.md § Reflection and intervision",
      "METHOD.md § The course of a begeleidingstraject"
    ],
    "related": [
      "afronden",
      "actieplan",
      "werkrelatie",
      "schaalvraag",
      "fases-van-het-traject"
    ],
    "templates": [
      "evaluatie"
    ],
    "body": "Bij het **evalueren** stel je deze vragen:\n\n- Zijn de **doelen bereikt**?\n- Is de **kwaliteit van leven** beter geworden?\n- Is de **werkrelatie** besproken?\n- Is er op het **traject** gereflecteerd?\n- Zijn er **nieuwe doelen**?\n- Is er **nazorg** nodig?\n\n**Tips**\n- Laat de cliënt zelf vertellen wat er veranderd is, en citeer hem.\n- Een **schaalvraag** (0 tot 10) maakt vooruitgang zichtbaar.\n- Vier wat gelukt is.\n\nEvalueren en afronden vormen samen de vijfde fase van het traject."
  },
  {
    "id": "fases-van-het-traject",
    "title": "De fases van het begeleidingstraject",
    "topic": "algemeen",
    "tags": [
      "fases",
      "fasen",
      "fase",
      "traject",
      "begeleidingstraject",
      "stappen van de methode",
      "verloop",
      "opbouw traject",
      "volgorde",
      "cyclus",
      "hoe verloopt"
    ],
    "sources": [
      "METHOD.md § The course of a begeleidingstraject"
    ],
    "related": [
      "ontmoeten-en-aansluiten",
      "krachteninventarisatie",
      "actieplan",
      "ondersteunen-van-herstel",
      "evaluatie",
      "afronden"
    ],
    "templates": [],
    "body": "Een begeleidingstraject in Herstelwerk loopt in vijf fases:\n\n1. **Ontmoeten en aansluiten**: werkrelatie, waarom nu hulp, basisbehoeften eerst, veiligheid en structuur, uitleg van de aanpak, wederzijdse verwachtingen.\n2. **Krachteninventarisatie** en **taxatie van draagkracht** (later: inschatten van zelfregulering).\n3. **Doelen stellen en actieplan maken**.\n4. **Ondersteunen van herstel**: acties, natuurlijke hulpbronnen, de eigen omgeving van de cliënt in plaats van het kantoor.\n5. **Evalueren en afronden**.\n\n**Onderweg**: de **teamkrachtbespreking** houdt het werk krachtgericht."
  },
  {
    "id": "fuzzy-doelen",
    "title": "FUZZY doelen",
    "topic": "actieplan",
    "tags": [
      "fuzzy",
      "fuzzy doelen",
      "feestelijk",
      "uitdagend",
      "zuiver",
      "zinnig",
      "yes",
      "doelen van de client",
      "motiverend doel",
      "droom",
      "passie",
      "passion statement",
      "eigen doel"
    ],
    "sources": [
      "METHOD.md § Worksheets – Actieplan"
    ],
    "related": [
      "smart-doelen",
      "actieplan",
      "eigen-woorden-citeren",
      "hoop-en-perspectief"
    ],
    "templates": [
      "actieplan"
    ],
    "body": "Naast SMART zijn doelen in Herstelwerk ook **FUZZY**. De letters staan voor:\n\n- **F**uzzy\n- **F**eestelijk\n- **U**itdagend\n- **Z**uiver\n- **Z**innig\n- **Y**es!\n\n**De kern**: het zijn vooral **de doelen van de cliënt**, in **de taal van de cliënt**, gericht op **succes**. Een doel als \"Ik wil weer op mijn eigen benen staan\" mag dus in de eigen woorden blijven staan; de SMART-acties maken het daarna concreet.\n\n**Samen**: het FUZZY-doel geeft richting en energie (het *Wat?* in het actieplan), de SMART-acties geven de stappen (het *Hoe? Wie? Wanneer?*)."
  },
  {
    "id": "herstel",
    "title": "Herstel en herstelondersteunende zorg",
    "topic": "hoop-perspectief",
    "tags": [
      "herstel",
      "herstelondersteunend",
      "herstelondersteunende zorg",
      "herstelgericht",
      "recovery",
      "zinvol leven",
      "herstel als weg",
      "persoonlijk herstel",
      "ggz",
      "herstelproces",
      "regie"
    ],
    "sources": [
      "METHOD.md § Core idea",
      "METHOD.md § inleiding"
    ],
    "related": [
      "krachtgericht-werken",
      "hoop-en-perspectief",
      "ervaringsdeskundigheid",
      "ondersteunen-van-herstel",
      "srh"
    ],
    "templates": [],
    "body": "**Herstel** is in Herstelwerk twee dingen tegelijk:\n\n- een **uitkomst**: een zinvol leven met hoop, veiligheid, inkomen, wonen, werk, contacten, competentie en toegang tot rechten;\n- een **weg**: het proces dat de cliënt zelf aflegt.\n\n**Herstelondersteunende zorg** in de GGZ is een verwante benadering van Herstelwerk.\n\n**Wat betekent dat voor jou**\n- De cliënt **stuurt**; jij coacht.\n- Je gelooft in herstel en laat de richting bij de cliënt.\n- Je kijkt naar wat iemand kan, wil en heeft, en naar een toekomst buiten de zorg."
  },
  {
    "id": "hoop-en-perspectief",
    "title": "Hoop en perspectief",
    "topic": "hoop-perspectief",
    "tags": [
      "hoop",
      "perspectief",
      "hoop houden",
      "hoop geven",
      "toekomst",
      "moedeloos",
      "uitzichtloos",
      "somber",
      "opgeven",
      "successen vieren",
      "succes vieren",
      "keuzes vergroten",
      "toekomst buiten de zorg",
      "geloven in herstel",
      "terugval",
      "terugvallen",
      "hoopvol",
      "hoopvol blijven"
    ],
    "sources": [
      "METHOD.md § Talking with the client",
      "METHOD.md § Reflection and intervision"
    ],
    "related": [
      "herstel",
      "oplossingsgerichte-vragen",
      "fuzzy-doelen",
      "werkrelatie",
      "presentie"
    ],
    "templates": [],
    "body": "Hoop hoort bij de hulpbronnen (sociale empowerment) en bij herstel. Zo houd je hoop levend:\n\n- **Er zijn**: aanwezig en beschikbaar.\n- **Respect**.\n- **Focus op het positieve**.\n- **Vier elk succes**, hoe klein ook.\n- **Vergroot de keuzes** van de cliënt.\n- **Moedig leren aan**.\n- Houd een **toekomst buiten de zorg** in beeld.\n\n**Als de cliënt het niet meer ziet zitten**\n- Vraag hoe hij het tot nu toe heeft volgehouden (copingvraag).\n- Vraag naar momenten dat het een beetje beter ging (uitzonderingsvraag).\n- Blijf zelf **geloven in herstel**: dat is ook een competentie van de begeleider.\n\nMaak je je zorgen om de veiligheid van de cliënt? Bespreek het met een collega en gebruik de taxatie van draagkracht."
  },
  {
    "id": "hulpbronnen",
    "title": "Hulpbronnen: vier soorten",
    "topic": "hulpbronnen",
    "tags": [
      "hulpbronnen",
      "hulpbron",
      "natuurlijke hulpbronnen",
      "bronnen",
      "resources",
      "sociaal economische zekerheid",
      "sociale cohesie",
      "sociale inclusie",
      "sociale empowerment",
      "netwerk",
      "steun",
      "ondersteuning",
      "vier soorten",
      "wie kan helpen",
      "buiten de hulpverlening",
      "eigen omgeving",
      "helpen"
    ],
    "sources": [
      "METHOD.md § Worksheets – Hulpbronnen"
    ],
    "related": [
      "ecogram",
      "vip-kaart",
      "naastbetrokkenen",
      "ondersteunen-van-herstel",
      "leefgebied-sociale-relaties",
      "ervaringsdeskundigheid"
    ],
    "templates": [
      "hulpbronnen"
    ],
    "body": "Hulpbronnen zijn wat een cliënt helpt: in zichzelf en in zijn omgeving. Herstelwerk onderscheidt **vier soorten**:\n\n1. **Sociaal-economische zekerheid**: inkomen, opleiding, werk, wonen, vervoer.\n2. **Sociale cohesie**: familie, vrienden, collega's, buren, gedeelde waarden, veiligheid.\n3. **Sociale inclusie**: acceptatie, meedoen, clubs en verenigingen, vertrouwen in instanties, toegankelijke voorzieningen.\n4. **Sociale empowerment**: hoop, competenties, eigenwaarde, ervaringskennis.\n\n**In de praktijk**\n- Zoek eerst naar **natuurlijke hulpbronnen**: de eigen omgeving van de cliënt, liever dan het kantoor of een nieuwe hulpverlener.\n- Vraag bij elk leefgebied naar hulpbronnen van **nu** en van **vroeger**.\n- Een **ecogram** of **VIP-kaart** maakt de sociale hulpbronnen zichtbaar."
  },
  {
    "id": "ik-boodschap",
    "title": "De ik-boodschap en de drie G's",
    "topic": "complete-boodschap",
    "tags": [
      "ik boodschap",
      "ikboodschap",
      "gordon",
      "drie g",
      "3 g",
      "gedrag gevolg gevoel",
      "gedrag",
      "gevolg",
      "gevoel",
      "ik vind dat",
      "oordeel"
    ],
    "sources": [
      "METHOD.md § Talking with the client"
    ],
    "related": [
      "complete-boodschap",
      "werkrelatie",
      "etiquette"
    ],
    "templates": [
      "complete-boodschap"
    ],
    "body": "De **ik-boodschap** van Gordon is verwant aan het ik-deel van de complete boodschap. Ze heeft drie G's:\n\n- **Gedrag**: wat zie of hoor je concreet?\n- **Gevolg**: wat is het gevolg voor jou?\n- **Gevoel**: wat doet het met je?\n\n**Voorbeeld**: \"Als je later komt dan we afspraken (gedrag), heb ik minder tijd voor je (gevolg) en dat vind ik jammer (gevoel).\"\n\n**Valkuil**: \"ik vind dat jij …\" begint met *ik*, maar is een **oordeel** over de ander, geen ik-boodschap.\n\nWil je ook de kant van de ander en een stap samen? Gebruik dan de complete boodschap (ik, jij, wij)."
  },
  {
    "id": "ik-vorm",
    "title": "De ik-vorm op werkbladen en bij doelen",
    "topic": "krachtgericht-formuleren",
    "tags": [
      "ik vorm",
      "ikvorm",
      "eerste persoon",
      "stem van de client",
      "client wil",
      "client schrijven",
      "derde persoon",
      "ik wil"
    ],
    "sources": [
      "METHOD.md § Writing rules that the coach enforces",
      "METHOD.md § Worksheets"
    ],
    "related": [
      "eigen-woorden-citeren",
      "krachteninventarisatie",
      "actieplan",
      "kwaliteit-krachteninventarisatie"
    ],
    "templates": [
      "krachteninventarisatie",
      "actieplan"
    ],
    "body": "Op de werkbladen (krachteninventarisatie en actieplan) en bij doelen schrijf je in de **ik-vorm**: de stem van de cliënt, niet \"cliënt wil …\".\n\n**Waarom**: het is het plan en het verhaal van de cliënt. De ik-vorm houdt de regie bij de cliënt en maakt het plan herkenbaar.\n\n**Voorbeelden**\n- \"Cliënt wil meer structuur in zijn dag.\" → \"Ik wil elke ochtend om 8 uur opstaan en met de hond lopen.\"\n- \"Mevrouw wil haar dochter vaker zien.\" → \"Ik wil mijn dochter elke zondag zien.\"\n\n**Let op**: in een gewone rapportage schrijf je als begeleider (\"ik zag dat …\", \"mevrouw vertelde …\"). De ik-vorm van de cliënt hoort op de werkbladen en bij de doelen."
  },
  {
    "id": "intervisiemethodes",
    "title": "Intervisiemethodes",
    "topic": "intervisie",
    "tags": [
      "intervisie",
      "intervisiemethode",
      "intervisiemethodes",
      "intervisiemethoden",
      "incidentmethode",
      "roddelmethode",
      "balint",
      "balintmethode",
      "socratisch gesprek",
      "inbreng",
      "casus inbrengen",
      "intervisiegroep",
      "collegiale consultatie",
      "peer review"
    ],
    "sources": [
      "METHOD.md § Reflection and intervision"
    ],
    "related": [
      "zelfreflectie",
      "teamkrachtbespreking",
      "etiquette",
      "presentie"
    ],
    "templates": [],
    "body": "Veelgebruikte **intervisiemethodes** zijn:\n\n- de **incidentmethode**;\n- de **roddelmethode**;\n- **Balint**;\n- het **socratisch gesprek**.\n\n**Je inbreng voorbereiden**\n- Kies een situatie uit je eigen werk die je bezighoudt.\n- Beschrijf wat er gebeurde, met feiten en met je eigen reactie gemarkeerd als de jouwe.\n- Formuleer je vraag: wat wil je van de groep?\n- Gebruik de reflectievragen uit de competenties en de etiquette (zie zelfreflectie).\n\nDe precieze stappen van elke methode staan niet in onze bronnen; volg de werkwijze van je intervisiegroep. Voor een bespreking van een cliënt met het team is er de teamkrachtbespreking."
  },
  {
    "id": "krachteninventarisatie",
    "title": "De krachteninventarisatie",
    "topic": "krachteninventarisatie",
    "tags": [
      "krachteninventarisatie",
      "krachten inventarisatie",
      "inventarisatie",
      "strengths assessment",
      "krachten",
      "sterke kanten",
      "talenten",
      "mogelijkheden",
      "leefgebieden",
      "tien leefgebieden",
      "werkblad",
      "wie en wat",
      "prioriteiten",
      "opmerkingen en ondertekening",
      "portret"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "kwaliteit-krachteninventarisatie",
      "leefgebieden-overzicht",
      "prioriteiten",
      "actieplan",
      "ik-vorm",
      "teamkrachtbespreking"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "De krachteninventarisatie is het werkblad waarop je samen met de cliënt in kaart brengt **wat er is, wat de cliënt wil en wat hem vroeger hielp**.\n\n**Blokken**\n1. **Wie en wat?**\n2. **De tien leefgebieden**, met per leefgebied drie vragen:\n   - Wat is er **nu**? (krachten, talenten, mogelijkheden)\n   - Welke **wensen en ambities** zijn er voor de nabije toekomst?\n   - Welke persoonlijke en sociale **hulpbronnen van vroeger** zijn er?\n3. **Prioriteiten**\n4. **Opmerkingen en ondertekening**\n\n**Werkwijze**\n- Schrijf in de ik-vorm en met de woorden van de cliënt.\n- Houd het bij, in het tempo van de cliënt.\n- De inventarisatie eindigt in een afspraak over doelen en acties (het actieplan) en is de basis voor de teamkrachtbespreking.\n\nHet is de tweede stap van het traject, samen met de taxatie van draagkracht."
  },
  {
    "id": "krachtgericht-formuleren",
    "title": "Krachtgericht formuleren",
    "topic": "krachtgericht-formuleren",
    "tags": [
      "krachtgericht formuleren",
      "krachtgericht schrijven",
      "positief formuleren",
      "positief schrijven",
      "herstelgericht rapporteren",
      "formuleren",
      "schrijfregels",
      "schrijftips",
      "toon",
      "krachten benoemen",
      "wat gaat goed"
    ],
    "sources": [
      "METHOD.md § Writing rules that the coach enforces"
    ],
    "related": [
      "niet-formuleringen",
      "labels",
      "eigen-woorden-citeren",
      "vage-woorden",
      "actief-schrijven",
      "observatie-en-interpretatie"
    ],
    "templates": [],
    "body": "Krachtgericht formuleren betekent: je schrijft op wat **er is en wat iemand wil**, in plaats van wat ontbreekt. Zo lezen de cliënt en je collega's waar de kansen liggen.\n\n**De schrijfregels op een rij**\n1. **Positief**, zonder niet-formuleringen: beschrijf wat aanwezig is en wat gewenst is.\n2. **Ik-vorm** op werkbladen en bij doelen: de stem van de cliënt.\n3. **Eigen woorden** van de cliënt: citeer ze letterlijk en verbeter een citaat nooit.\n4. **Directe observatie en feiten**; een interpretatie markeer je als de jouwe (\"ik heb de indruk dat …\").\n5. **Volledig, gedetailleerd en specifiek**: een concreet feit in plaats van een vaag woord.\n6. **Eenvoudige taal**, zonder jargon of afkortingen: de cliënt heeft recht om zijn dossier te lezen.\n7. **Geen labels**: beschrijf gedrag, niet een eigenschap of diagnose als identiteit.\n8. **Actief schrijven**: laat zien wie wat deed.\n\n**Voorbeeld**\n- Minder sterk: \"Mevrouw is niet in staat haar post te openen.\"\n- Krachtgericht: \"Mevrouw opent haar post samen met haar dochter op zaterdag. Ze wil dat zelf leren.\""
  },
  {
    "id": "krachtgericht-werken",
    "title": "Krachtgericht werken (Herstelwerk / Krachtwerk)",
    "topic": "algemeen",
    "tags": [
      "krachtgericht werken",
      "krachtwerk",
      "herstelwerk",
      "strengths model",
      "krachtenbenadering",
      "methode",
      "werkwijze",
      "wolf",
      "rapp",
      "goscha",
      "uitgangspunten",
      "basis",
      "kern",
      "wat kan wil en heeft"
    ],
    "sources": [
      "METHOD.md § Core idea",
      "METHOD.md § inleiding"
    ],
    "related": [
      "herstel",
      "werkrelatie",
      "fases-van-het-traject",
      "problemen-benoemen",
      "krachtgericht-formuleren"
    ],
    "templates": [],
    "body": "**Herstelwerk** (ook **Krachtwerk**) is de Nederlandse krachtgerichte methode van J. Wolf, naar het Strengths Model van Rapp en Goscha. Verwante benaderingen zijn SRH, CRA en herstelondersteunende zorg in de GGZ.\n\n**De kern**\n- Je kijkt naar wat iemand **kan, wil en heeft**, en niet naar wat er mis is.\n- **De cliënt stuurt**; jij bent coach.\n- **Herstel** is een uitkomst (een zinvol leven met hoop, veiligheid, inkomen, wonen, werk, contacten, competentie en toegang tot rechten) én een weg.\n- Problemen verzwijg je niet: je benoemt ze in gewone taal en pakt ze aan als ze de eigen hersteldoelen van de cliënt in de weg staan.\n- Een goede **werkrelatie** is de basis: betrouwbaar, doelgericht, wederkerig en echt.\n\n**In je rapportage** zie je dat terug: je beschrijft krachten, wensen en hulpbronnen, in de woorden van de cliënt, positief en concreet."
  },
  {
    "id": "kwaliteit-krachteninventarisatie",
    "title": "Een goede krachteninventarisatie: kwaliteitspunten",
    "topic": "krachteninventarisatie",
    "tags": [
      "kwaliteit krachteninventarisatie",
      "kwaliteitseisen",
      "kwaliteitscriteria",
      "criteria",
      "beoordelen",
      "checklist",
      "controleren",
      "acht eisen",
      "compleet",
      "volledig ingevuld"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie (quality)"
    ],
    "related": [
      "krachteninventarisatie",
      "ik-vorm",
      "eigen-woorden-citeren",
      "vage-woorden",
      "leefgebieden-overzicht"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "Waar let de training op bij een krachteninventarisatie? Deze punten kun je zelf nalopen:\n\n- Een **portret van de persoon in zijn context**.\n- **Krachten en vooruitzichten** staan centraal.\n- **Alle tien leefgebieden** zijn besproken.\n- Het is **actueel**, bijgehouden in het tempo van de cliënt.\n- **Directe observatie en feiten**.\n- **Volledig, gedetailleerd en specifiek**.\n- **Ik-vorm**.\n- **Positief** geformuleerd.\n- **De woorden van de cliënt**.\n- Het eindigt in een **afspraak over doelen en acties**.\n- Het is de **basis voor de teamkrachtbespreking**.\n\n*Niet geverifieerd*: de methode noemt **acht** kwaliteitseisen, maar die officiële lijst hebben we niet kunnen controleren. Gebruik de punten hierboven; dit is niet \"de officiële lijst\"."
  },
  {
    "id": "labels",
    "title": "Labels vermijden en gedrag beschrijven",
    "topic": "labels",
    "tags": [
      "labels",
      "label",
      "etiket",
      "etiketten",
      "stigma",
      "stigmatiseren",
      "gedrag beschrijven",
      "persoon eerst",
      "person first",
      "diagnose als identiteit",
      "agressief",
      "manipulatief",
      "lastig",
      "eufemisme",
      "eufemismen"
    ],
    "sources": [
      "METHOD.md § Writing rules that the coach enforces"
    ],
    "related": [
      "stigmatiserende-termen",
      "observatie-en-interpretatie",
      "eenvoudige-taal",
      "krachtgericht-formuleren"
    ],
    "templates": [],
    "body": "Een label maakt van gedrag of een diagnose een **identiteit**: \"hij is agressief\", \"de daklozen\". Beschrijf liever wat je zag en hoorde, en noem eerst de persoon.\n\n**Zo doe je het**\n- Gedrag in plaats van eigenschap: \"hij sprak met luide stem en sloeg met zijn hand op tafel\" in plaats van \"hij is agressief\".\n- Persoon eerst: \"dakloze mensen\" in plaats van \"daklozen\"; \"meneer heeft een verslaving\" in plaats van \"de verslaafde\".\n- Een oordeel is van jou: \"ik vond het gesprek lastig\" zegt iets over jou, \"mevrouw is lastig\" plakt een etiket.\n\n**Let op eufemismen**: een nieuw woord voor hetzelfde etiket blijft een label. Het gaat om de gedachte erachter: beschrijf de mens en zijn situatie.\n\nZie voor veelgebruikte termen en betere woorden de kaart over stigmatiserende termen."
  },
  {
    "id": "leefgebied-financien",
    "title": "Leefgebied financiën & sociale zekerheid",
    "topic": "krachteninventarisatie",
    "tags": [
      "leefgebied financien",
      "financien",
      "geld",
      "schulden",
      "schuld",
      "inkomen",
      "uitkering",
      "sociale zekerheid",
      "budget",
      "rekeningen",
      "huurachterstand",
      "schuldhulp",
      "toeslagen",
      "post",
      "brieven"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "leefgebieden-overzicht",
      "hulpbronnen",
      "problemen-benoemen",
      "leefgebied-wonen"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "Het derde leefgebied gaat over **financiën en sociale zekerheid**: inkomen, uitkering, rekeningen, schulden.\n\n**Drie vragen**\n- **Nu**: wat regelt de cliënt al zelf met geld? Welke inkomsten zijn er?\n- **Wensen**: wat wil de cliënt bereiken met zijn of haar geld?\n- **Vroeger**: wie hielp eerder met geldzaken, en wat werkte toen?\n\n**Schulden benoemen**: krachtgericht is geen mooipraten. Schrijf feitelijk wat er speelt (\"drie rekeningen van de energieleverancier zijn open\") en zet ernaast wat de cliënt zelf wil en al doet. Wil de cliënt er (nog) niet over praten, sluit dan aan bij zijn tempo en zijn eigen doelen; een probleem pak je aan als het zijn hersteldoelen in de weg staat.\n\nInkomen hoort bij de hulpbronnen van **sociaal-economische zekerheid**."
  },
  {
    "id": "leefgebied-gezondheid",
    "title": "Leefgebied gezondheid & zelfverzorging",
    "topic": "krachteninventarisatie",
    "tags": [
      "leefgebied gezondheid",
      "gezondheid",
      "zelfverzorging",
      "verzorging",
      "slapen",
      "slaap",
      "eten",
      "bewegen",
      "lichamelijke gezondheid",
      "psychische gezondheid",
      "huisarts",
      "hygiene",
      "alcohol",
      "drugs",
      "middelengebruik"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "leefgebieden-overzicht",
      "hulpbronnen",
      "herstel",
      "stigmatiserende-termen"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "Het negende leefgebied gaat over **gezondheid en zelfverzorging**: lichamelijk en psychisch, slapen, eten, bewegen, verzorging.\n\n**Drie vragen**\n- **Nu**: wat doet de cliënt al voor zijn gezondheid? Wat helpt hem?\n- **Wensen**: wat wil de cliënt voor zijn gezondheid in de nabije toekomst?\n- **Vroeger**: wat hielp eerder om gezond te blijven of op te knappen?\n\n**Schrijven**: beschrijf gedrag en wat de cliënt zelf zegt, geen diagnose als identiteit. Liever \"meneer vertelt dat hij 's nachts drie uur slaapt\" dan \"meneer is depressief\". Vermijd labels als *medicatieontrouw*: vraag waarom een advies niet gevolgd wordt.\n\nVragen over medicijnen en doseringen horen bij de arts of apotheker, niet bij deze assistent."
  },
  {
    "id": "leefgebied-kinderen",
    "title": "Leefgebied kinderen & opvoeding",
    "topic": "krachteninventarisatie",
    "tags": [
      "leefgebied kinderen",
      "kinderen",
      "kind",
      "opvoeding",
      "opvoeden",
      "ouderschap",
      "moeder",
      "vader",
      "ouder",
      "omgang",
      "school kinderen",
      "zorg voor kinderen"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "leefgebieden-overzicht",
      "leefgebied-veiligheid",
      "taxatie-van-draagkracht",
      "naastbetrokkenen"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "Het vierde leefgebied gaat over **kinderen en opvoeding**.\n\n**Drie vragen**\n- **Nu**: wat gaat goed in het contact met de kinderen en in de opvoeding? Waar is de cliënt trots op?\n- **Wensen**: wat wil de cliënt als ouder in de nabije toekomst?\n- **Vroeger**: wie hielp eerder bij de opvoeding?\n\n**Veiligheid**: bij de taxatie van draagkracht hoort expliciet de veiligheid van de kinderen. Zijn er signalen van kindermishandeling, volg dan de stappen van de meldcode.\n\n**Ik-vorm**: \"Ik breng mijn dochter elke ochtend naar school. Ik wil dat ze op zaterdag bij mij kan logeren.\""
  },
  {
    "id": "leefgebied-partner",
    "title": "Leefgebied (ex-)partner",
    "topic": "krachteninventarisatie",
    "tags": [
      "leefgebied partner",
      "partner",
      "ex partner",
      "ex",
      "relatie",
      "liefdesrelatie",
      "huwelijk",
      "scheiding",
      "vriendin",
      "echtgenoot"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "leefgebieden-overzicht",
      "leefgebied-veiligheid",
      "leefgebied-sociale-relaties",
      "naastbetrokkenen"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "Het vijfde leefgebied gaat over de **(ex-)partner**.\n\n**Drie vragen**\n- **Nu**: hoe is het contact met de partner of ex-partner? Wat gaat goed?\n- **Wensen**: wat wil de cliënt in deze relatie in de nabije toekomst?\n- **Vroeger**: wat hielp eerder in de relatie, of bij het afsluiten ervan?\n\n**Veiligheid**: speelt er dreiging of geweld in de relatie? Bespreek het bij het leefgebied veiligheid en gebruik de taxatie van draagkracht.\n\nSchrijf de woorden van de cliënt op, ook als die over de ex-partner anders klinken dan jij het zou zeggen."
  },
  {
    "id": "leefgebied-sociale-relaties",
    "title": "Leefgebied sociale relaties",
    "topic": "krachteninventarisatie",
    "tags": [
      "leefgebied sociale relaties",
      "sociale relaties",
      "sociaal netwerk",
      "netwerk",
      "contacten",
      "familie",
      "vrienden",
      "buren",
      "eenzaam",
      "eenzaamheid",
      "alleen",
      "sociale contacten"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "leefgebieden-overzicht",
      "hulpbronnen",
      "ecogram",
      "vip-kaart",
      "naastbetrokkenen"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "Het zesde leefgebied gaat over **sociale relaties**: familie, vrienden, buren, collega's.\n\n**Drie vragen**\n- **Nu**: met wie heeft de cliënt contact? Wie is belangrijk?\n- **Wensen**: welk contact wil de cliënt in de nabije toekomst (meer, anders, opnieuw)?\n- **Vroeger**: wie was er vroeger, en wie zou de cliënt weer willen zien?\n\n**Handige werkvormen**: een **ecogram** of een **VIP-kaart** brengt de mensen om de cliënt heen in beeld. Deze contacten zijn hulpbronnen van **sociale cohesie**.\n\n**Voorbeeld**: \"Mijn buurman Henk helpt me met de computer. Ik wil mijn broer weer bellen.\""
  },
  {
    "id": "leefgebied-veiligheid",
    "title": "Leefgebied veiligheid & bescherming tegen geweld",
    "topic": "krachteninventarisatie",
    "tags": [
      "leefgebied veiligheid",
      "veiligheid",
      "bescherming",
      "geweld",
      "bescherming tegen geweld",
      "huiselijk geweld",
      "veilig",
      "onveilig",
      "dreiging",
      "bang",
      "angst",
      "angstig",
      "durft niet",
      "op straat"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "leefgebieden-overzicht",
      "taxatie-van-draagkracht",
      "meldcode",
      "niet-pluis-gevoel",
      "leefgebied-kinderen"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "Het eerste leefgebied van de krachteninventarisatie gaat over **veiligheid en bescherming tegen geweld**.\n\n**Drie vragen, zoals bij elk leefgebied**\n- **Nu**: waar en bij wie voelt de cliënt zich veilig? Wat doet hij of zij zelf al om veilig te blijven?\n- **Wensen**: wat wil de cliënt op dit gebied in de nabije toekomst?\n- **Vroeger**: wie of wat hielp eerder om veilig te zijn?\n\n**Let op**: zijn er zorgen over veiligheid, ook van kinderen of andere naasten? Dan hoort daar de **taxatie van draagkracht** bij, en bij signalen van huiselijk geweld of kindermishandeling de stappen van de **meldcode**. Bij vrouwen vraag je expliciet naar hun veiligheid en die van hun kinderen en andere relaties.\n\nSchrijf in de ik-vorm en met de woorden van de cliënt: \"Bij mijn zus voel ik me veilig.\""
  },
  {
    "id": "leefgebied-vrije-tijd",
    "title": "Leefgebied vrije tijd & recreatie",
    "topic": "krachteninventarisatie",
    "tags": [
      "leefgebied vrije tijd",
      "vrije tijd",
      "recreatie",
      "hobby",
      "hobbys",
      "ontspanning",
      "sport",
      "sporten",
      "vereniging",
      "club",
      "uitgaan",
      "plezier",
      "interesses",
      "weekend",
      "in het weekend",
      "avonden"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "leefgebieden-overzicht",
      "hulpbronnen",
      "leefgebied-werk-leren",
      "leefgebied-sociale-relaties"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "Het achtste leefgebied gaat over **vrije tijd en recreatie**: hobby's, sport, clubs, ontspanning.\n\n**Drie vragen**\n- **Nu**: wat doet de cliënt graag in zijn vrije tijd?\n- **Wensen**: wat zou de cliënt graag (weer) willen doen?\n- **Vroeger**: welke hobby's of clubs waren er vroeger?\n\n**Waarom dit ertoe doet**: een vereniging of club is een hulpbron van **sociale inclusie**: meedoen, ergens bij horen. Plezier en interesses zijn vaak een goed begin voor een doel.\n\n**Voorbeeld**: \"Vroeger voetbalde ik bij VV De Zwaluw. Ik wil weer een keer per week sporten.\""
  },
  {
    "id": "leefgebied-werk-leren",
    "title": "Leefgebied activiteit, werk & leren",
    "topic": "krachteninventarisatie",
    "tags": [
      "leefgebied werk",
      "werk",
      "baan",
      "werken",
      "leren",
      "opleiding",
      "school",
      "cursus",
      "activiteit",
      "dagbesteding",
      "vrijwilligerswerk",
      "studie",
      "solliciteren"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "leefgebieden-overzicht",
      "hulpbronnen",
      "leefgebied-vrije-tijd",
      "actieplan"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "Het zevende leefgebied gaat over **activiteit, werk en leren**: betaald werk, vrijwilligerswerk, dagbesteding, een opleiding.\n\n**Drie vragen**\n- **Nu**: wat doet de cliënt overdag? Welke talenten en vaardigheden heeft hij?\n- **Wensen**: welk werk of welke opleiding wil de cliënt in de nabije toekomst?\n- **Vroeger**: welk werk deed de cliënt eerder, en wat ging daar goed?\n\n**Tip**: vraag door naar details. \"Ik heb tien jaar in de bouw gewerkt en kon goed met mijn handen werken\" zegt meer dan \"werkervaring aanwezig\".\n\nWerk en opleiding horen bij de hulpbronnen van sociaal-economische zekerheid; collega's bij sociale cohesie."
  },
  {
    "id": "leefgebied-wonen",
    "title": "Leefgebied wonen & dagelijks leven",
    "topic": "krachteninventarisatie",
    "tags": [
      "leefgebied wonen",
      "wonen",
      "woning",
      "huis",
      "huisvesting",
      "dagelijks leven",
      "huishouden",
      "dagritme",
      "structuur",
      "dakloos",
      "opvang",
      "verhuizen",
      "schoonmaken",
      "boodschappen"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "leefgebieden-overzicht",
      "hulpbronnen",
      "krachteninventarisatie",
      "leefgebied-financien"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "Het tweede leefgebied gaat over **wonen en het dagelijks leven**: de woonplek, het huishouden, het ritme van de dag.\n\n**Drie vragen**\n- **Nu**: wat lukt de cliënt al in huis en in de dag? Waar woont hij, en wat is daar goed aan?\n- **Wensen**: hoe wil de cliënt wonen en leven in de nabije toekomst?\n- **Vroeger**: wat hielp eerder (een buurvrouw, een vaste dagindeling, een vorige woning)?\n\n**Voorbeeld in de ik-vorm**: \"Ik kook elke avond zelf. Ik wil een eigen kamer met een keukentje.\"\n\nWonen valt ook onder de hulpbronnen van **sociaal-economische zekerheid**. Staat er iemand op straat of in de opvang? Basisbehoeften eerst, zie de fase ontmoeten en aansluiten."
  },
  {
    "id": "leefgebied-zingeving",
    "title": "Leefgebied zingeving",
    "topic": "krachteninventarisatie",
    "tags": [
      "leefgebied zingeving",
      "zingeving",
      "zin",
      "betekenis",
      "geloof",
      "religie",
      "levensbeschouwing",
      "waarden",
      "wat geeft je leven zin",
      "spiritualiteit",
      "trots",
      "waar leef je voor",
      "moskee",
      "kerk",
      "gelovig",
      "geloven",
      "bidden"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "leefgebieden-overzicht",
      "hoop-en-perspectief",
      "herstel",
      "fuzzy-doelen"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "Het tiende leefgebied gaat over **zingeving**: wat het leven betekenis geeft, waarden, geloof, waar iemand voor leeft.\n\n**Drie vragen**\n- **Nu**: wat geeft de cliënt nu zin of voldoening? Waar is hij trots op?\n- **Wensen**: wat wil de cliënt betekenen, voor zichzelf of voor anderen?\n- **Vroeger**: wat gaf vroeger houvast (geloof, waarden, mensen)?\n\n**Waarom dit ertoe doet**: herstel gaat over een zinvol leven. Uit dit leefgebied komt vaak de drijfveer achter een doel: de \"passion statement\" van het actieplan.\n\n**Voorbeeld**: \"Ik wil een goede opa zijn voor mijn kleinkinderen.\""
  },
  {
    "id": "leefgebieden-overzicht",
    "title": "De tien leefgebieden",
    "topic": "krachteninventarisatie",
    "tags": [
      "leefgebieden",
      "tien leefgebieden",
      "10 leefgebieden",
      "leefgebied",
      "levensgebieden",
      "domeinen",
      "levensdomeinen",
      "overzicht leefgebieden",
      "welke leefgebieden"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie"
    ],
    "related": [
      "krachteninventarisatie",
      "leefgebied-veiligheid",
      "leefgebied-wonen",
      "leefgebied-financien",
      "leefgebied-sociale-relaties",
      "leefgebied-zingeving"
    ],
    "templates": [
      "krachteninventarisatie"
    ],
    "body": "De krachteninventarisatie kent **tien leefgebieden**:\n\n1. Veiligheid & bescherming tegen geweld\n2. Wonen & dagelijks leven\n3. Financiën & sociale zekerheid\n4. Kinderen & opvoeding\n5. (Ex-)partner\n6. Sociale relaties\n7. Activiteit, werk & leren\n8. Vrije tijd & recreatie\n9. Gezondheid & zelfverzorging\n10. Zingeving\n\n**Per leefgebied** vraag je naar drie dingen: wat er **nu** is (krachten, talenten, mogelijkheden), de **wensen en ambities** voor de nabije toekomst, en de persoonlijke en sociale **hulpbronnen van vroeger**.\n\nEen goede inventarisatie bespreekt alle tien, in het tempo van de cliënt. Vraag per leefgebied door naar concrete voorbeelden."
  },
  {
    "id": "leveringsplan",
    "title": "Het leveringsplan en verantwoordingsformulieren",
    "topic": "algemeen",
    "tags": [
      "leveringsplan",
      "verantwoording",
      "verantwoordingsformulier",
      "formulier gemeente",
      "gemeente",
      "wmo",
      "wmo begeleiding",
      "rotterdam",
      "vier weken",
      "ondersteuningsplan",
      "indicatie",
      "schrijven voor het systeem"
    ],
    "sources": [
      "METHOD.md § Where the worker writes"
    ],
    "related": [
      "rapporteren-ecd",
      "actieplan",
      "krachteninventarisatie",
      "krachtgericht-formuleren"
    ],
    "templates": [
      "leveringsplan-samenvatting"
    ],
    "body": "Gemeenten vragen verantwoordingsformulieren, zoals het **leveringsplan** in Rotterdam: dat moet **vier weken na de start van Wmo-begeleiding** klaar zijn.\n\n**Het risico**: zo'n formulier trekt je naar schrijven **voor het systeem** in plaats van voor de relatie met de cliënt.\n\n**Zo houd je het krachtgericht**\n- Gebruik wat je al hebt: de **krachteninventarisatie** en het **actieplan**.\n- Neem de doelen over in de **woorden van de cliënt**.\n- Beschrijf krachten, wensen en hulpbronnen naast wat er nodig is.\n- Schrijf zo dat de cliënt het kan lezen en herkennen.\n\nKrachtcoach wil de krachtgerichte versie de snelste maken; een sjabloon voor een samenvatting die bij een leveringsplan past, hoort daarbij."
  },
  {
    "id": "meldcode",
    "title": "De meldcode huiselijk geweld en kindermishandeling",
    "topic": "meldcode",
    "tags": [
      "meldcode",
      "vermoeden van kindermishandeling",
      "vermoeden van huiselijk geweld",
      "meldcode huiselijk geweld",
      "kindermishandeling",
      "huiselijk geweld",
      "veilig thuis",
      "melden",
      "zorgmelding",
      "signalen",
      "vijf stappen",
      "5 stappen",
      "stappenplan",
      "afwegingskader",
      "collega raadplegen",
      "hulp organiseren",
      "blauwe plekken",
      "letsel",
      "verwonding",
      "signalen van mishandeling",
      "aandachtsfunctionaris",
      "melding doen"
    ],
    "sources": [
      "METHOD.md § Worksheets – Taxatie van draagkracht (related Dutch practice)"
    ],
    "related": [
      "taxatie-van-draagkracht",
      "niet-pluis-gevoel",
      "leefgebied-veiligheid",
      "leefgebied-kinderen"
    ],
    "templates": [
      "taxatie-van-draagkracht"
    ],
    "body": "De **meldcode huiselijk geweld en kindermishandeling** is Nederlandse praktijk die aansluit bij de taxatie van draagkracht. Ze kent **vijf stappen**:\n\n1. **Signalen** in kaart brengen.\n2. **Collegiale consultatie**: overleg met een collega of met **Veilig Thuis**.\n3. **Gesprek** met de betrokkenen.\n4. **Wegen**.\n5. **Beslissen**: hulp organiseren of melden.\n\n**Krachtgericht schrijven** blijft ook hier belangrijk: feiten en observaties met datum, je eigen indruk gemarkeerd, geen labels.\n\nDeze kaart geeft de stappen als geheugensteun. Volg voor de uitvoering het protocol van je eigen organisatie; voor juridisch advies kan deze assistent je niet helpen."
  },
  {
    "id": "naastbetrokkenen",
    "title": "Naastbetrokkenen en het netwerk",
    "topic": "naastbetrokkenen",
    "tags": [
      "naastbetrokkenen",
      "naasten",
      "familie",
      "familieleden",
      "mantelzorger",
      "mantelzorgers",
      "partner",
      "ouders",
      "kinderen",
      "vrienden",
      "buren",
      "netwerk betrekken",
      "steunsysteem",
      "familie betrekken",
      "relations",
      "meepraten",
      "meedenken",
      "familie wil meepraten",
      "moeder",
      "vader",
      "broer",
      "zus",
      "triade",
      "systeem",
      "familiesysteem"
    ],
    "sources": [
      "METHOD.md § Worksheets",
      "METHOD.md § The course of a begeleidingstraject"
    ],
    "related": [
      "hulpbronnen",
      "ecogram",
      "vip-kaart",
      "leefgebied-sociale-relaties",
      "taxatie-van-draagkracht"
    ],
    "templates": [
      "hulpbronnen"
    ],
    "body": "**Naastbetrokkenen** (familie, partner, vrienden, buren, collega's) zijn vaak de belangrijkste **natuurlijke hulpbronnen** van de cliënt (sociale cohesie).\n\n**Zo betrek je ze**\n- Breng ze samen met de cliënt in beeld met een **ecogram** of **VIP-kaart**: wie geeft praktische steun, gezelschap, advies of emotionele steun?\n- De **cliënt beslist** wie erbij komt: de richting blijft bij de cliënt.\n- Vraag ook naar contacten van **vroeger** die de cliënt weer zou willen zien.\n- Zet ze in het actieplan bij *Wie?* als zij een actie oppakken.\n\n**Veiligheid**: bij de taxatie van draagkracht kijk je ook naar de veiligheid van kinderen en andere relaties.\n\nNaastbetrokkenen komen terug in de leefgebieden kinderen & opvoeding, (ex-)partner en sociale relaties."
  },
  {
    "id": "niet-formuleringen",
    "title": "Niet-formuleringen vermijden",
    "topic": "niet-formuleringen",
    "tags": [
      "niet formuleringen",
      "niet formulering",
      "ontkenning",
      "ontkenningen",
      "negatief formuleren",
      "negatieve formulering",
      "het woord niet",
      "geen",
      "nooit",
      "niet meer",
      "kan niet",
      "wil niet",
      "positief herschrijven",
      "omdraaien"
    ],
    "sources": [
      "METHOD.md § Writing rules that the coach enforces"
    ],
    "related": [
      "krachtgericht-formuleren",
      "actieplan",
      "krachteninventarisatie",
      "vage-woorden"
    ],
    "templates": [],
    "body": "Een niet-formulering zegt wat er **niet** is of **niet** gewenst is. Daar kan niemand mee verder: \"ik wil niet naar Amsterdam\" vertelt niemand waar je wél heen wilt.\n\n**Zo draai je het om**\n- Vraag door: \"Wat wil je dan wel?\" of \"Wat zou je in plaats daarvan doen?\"\n- Schrijf op wat er is of wat iemand wil.\n  - \"Meneer wil niet meer in de opvang wonen.\" → \"Ik wil een eigen kamer in Utrecht.\" (ik-vorm, eigen woorden)\n  - \"Mevrouw komt niet op afspraken.\" → \"Mevrouw kwam op 3 en 10 mei niet; op dinsdagmiddag komt ze wel.\" (feiten, en wat werkt)\n- Noem een probleem gerust, maar concreet en in gewone taal: krachtgericht is niet hetzelfde als mooipraten.\n\n**Tip**: woorden als *geen*, *nooit* en *niet meer* zijn vaak een signaal om door te vragen naar de wens erachter."
  },
  {
    "id": "niet-pluis-gevoel",
    "title": "Een niet-pluis gevoel concreet maken",
    "topic": "taxatie-draagkracht",
    "tags": [
      "niet pluis",
      "niet pluis gevoel",
      "nietpluis",
      "niet-pluisgevoel",
      "pluisgevoel",
      "onderbuikgevoel",
      "buikgevoel",
      "zorgen",
      "ongerust",
      "onrustig gevoel",
      "vermoeden",
      "signalen",
      "iets klopt niet",
      "gut feeling",
      "zorgsignaal",
      "geen bewijs",
      "onderbouwen",
      "hard maken"
    ],
    "sources": [
      "METHOD.md § Worksheets – Taxatie van draagkracht"
    ],
    "related": [
      "taxatie-van-draagkracht",
      "meldcode",
      "observatie-en-interpretatie",
      "leefgebied-veiligheid"
    ],
    "templates": [
      "taxatie-van-draagkracht"
    ],
    "body": "Soms voel je dat iets **niet pluis** is, zonder dat je precies weet waarom. De **taxatie van draagkracht** helpt je dat gevoel **concreet en onderbouwd** te maken.\n\n**Zo doe je het**\n1. Schrijf op **wat je zag en hoorde**: feiten en directe observaties, met datum.\n2. Markeer je **indruk** als de jouwe: \"Ik heb de indruk dat …\".\n3. Kijk naar de **balans** tussen draagkracht en draaglast, en naar de **veiligheid** van de cliënt, de kinderen en andere relaties.\n4. **Bespreek** het met een collega.\n\nGaat het om signalen van huiselijk geweld of kindermishandeling? Volg dan de stappen van de **meldcode**."
  },
  {
    "id": "observatie-en-interpretatie",
    "title": "Observatie en interpretatie scheiden",
    "topic": "taalgebruik",
    "tags": [
      "observatie",
      "observeren",
      "directe observatie",
      "feiten",
      "objectief",
      "feitelijk",
      "interpretatie",
      "mening",
      "oordeel",
      "indruk",
      "ik heb de indruk",
      "wat je zag en hoorde",
      "aanname",
      "subjectief",
      "wat ik zie",
      "wat ik denk",
      "zien en horen",
      "denken"
    ],
    "sources": [
      "METHOD.md § Writing rules that the coach enforces"
    ],
    "related": [
      "labels",
      "vage-woorden",
      "rapporteren-ecd",
      "actief-schrijven",
      "niet-pluis-gevoel"
    ],
    "templates": [],
    "body": "Schrijf op wat je **zelf zag en hoorde** en wat als **feit** vaststaat. Een interpretatie mag, maar je markeert haar als de jouwe.\n\n**Zo doe je het**\n- Observatie: \"Meneer had dezelfde kleren aan als gisteren en zei dat hij twee nachten niet had geslapen.\"\n- Interpretatie, gemarkeerd: \"Ik heb de indruk dat meneer weinig slaapt. Ik vraag hem dat volgende week.\"\n- Niet: \"Meneer verwaarloost zichzelf.\" (oordeel als feit, en een label)\n\n**Waarom**: de cliënt kan zich in feiten herkennen, en je collega's kunnen zelf hun conclusie trekken. Een gemarkeerde indruk nodigt uit tot een gesprek in plaats van een etiket."
  },
  {
    "id": "ondersteunen-van-herstel",
    "title": "Ondersteunen van herstel (fase 4)",
    "topic": "algemeen",
    "tags": [
      "ondersteunen van herstel",
      "ondersteunen",
      "uitvoeren",
      "acties uitvoeren",
      "outreachend",
      "outreach",
      "eigen omgeving",
      "op pad",
      "huisbezoek",
      "natuurlijke hulpbronnen",
      "niet op kantoor",
      "begeleiden",
      "meegaan",
      "thuis",
      "bij de client thuis",
      "kantoor",
      "afspreken op kantoor"
    ],
    "sources": [
      "METHOD.md § The course of a begeleidingstraject",
      "METHOD.md § Reflection and intervision (worker competences)"
    ],
    "related": [
      "fases-van-het-traject",
      "hulpbronnen",
      "actieplan",
      "herstel",
      "zelfreflectie"
    ],
    "templates": [],
    "body": "In de vierde fase voer je samen het actieplan uit: **ondersteunen van herstel**.\n\n**Waar het om gaat**\n- **Acties** uit het actieplan, in kleine, meetbare stappen.\n- **Natuurlijke hulpbronnen**: familie, buren, clubs, voorzieningen in de wijk.\n- **De eigen omgeving** van de cliënt in plaats van het kantoor: ga mee, werk **outreachend**.\n- De cliënt houdt de **regie**; jij stimuleert en dwingt niet.\n\n**Schrijven**: houd de voortgangsnotities bij in het actieplan. Beschrijf wat de cliënt zelf deed en wat er lukte: vier elk succes."
  },
  {
    "id": "ontmoeten-en-aansluiten",
    "title": "Ontmoeten en aansluiten (fase 1)",
    "topic": "werkrelatie",
    "tags": [
      "ontmoeten en aansluiten",
      "ontmoeten",
      "aansluiten",
      "kennismaken",
      "kennismaking",
      "eerste gesprek",
      "eerste contact",
      "intake",
      "start traject",
      "begin begeleiding",
      "basisbehoeften",
      "veiligheid en structuur",
      "verwachtingen",
      "uitleggen wie je bent",
      "waarom nu",
      "eerste ontmoeting",
      "nieuwe client"
    ],
    "sources": [
      "METHOD.md § The course of a begeleidingstraject"
    ],
    "related": [
      "fases-van-het-traject",
      "werkrelatie",
      "krachteninventarisatie",
      "etiquette"
    ],
    "templates": [
      "ontmoeten-en-aansluiten"
    ],
    "body": "De eerste fase van het traject is **ontmoeten en aansluiten**: je bouwt de werkrelatie op.\n\n**Waar het om gaat**\n- **Waarom hulp, en waarom nu?**\n- **Basisbehoeften eerst**: een dak, eten, geld om van te leven.\n- **Veiligheid en structuur**.\n- **Uitleggen** hoe je werkt: de krachtgerichte aanpak.\n- **Wie je bent**.\n- **Wederzijdse verwachtingen**: wat mag de cliënt van jou verwachten, en jij van hem?\n\n**Schrijven**: noteer wat de cliënt zelf zegt over zijn hulpvraag, in zijn woorden. Dat is het begin van de krachteninventarisatie."
  },
  {
    "id": "oplossingsgerichte-vragen",
    "title": "Oplossingsgerichte vragen",
    "topic": "oplossingsgerichte-vragen",
    "tags": [
      "oplossingsgerichte vragen",
      "oplossingsgericht",
      "oplossingsgericht werken",
      "vragen stellen",
      "gespreksvragen",
      "gesprek voorbereiden",
      "goede vragen",
      "open vragen",
      "wat maakt dat",
      "waarom niet",
      "gespreksvoering",
      "gesprekstechniek"
    ],
    "sources": [
      "METHOD.md § Talking with the client"
    ],
    "related": [
      "wondervraag",
      "uitzonderingsvragen",
      "copingvragen",
      "schaalvraag",
      "hoop-en-perspectief"
    ],
    "templates": [
      "oplossingsgerichte-vragen"
    ],
    "body": "Oplossingsgerichte vragen richten het gesprek op wat werkt en wat de cliënt wil. Vier soorten:\n\n- De **wondervraag**: er gebeurt vannacht een wonder; wat merk je als eerste?\n- **Uitzonderingsvragen**: wanneer ging het een beetje beter, en wat deed je toen anders?\n- **Copingvragen**: hoe heb je het volgehouden?\n- De **schaalvraag**: op een schaal van 0 tot 10, waar sta je nu?\n\n**Vraag \"wat maakt dat …?\"** in plaats van \"waarom … niet?\". \"Wat maakt dat het je vorige week wel lukte?\" opent het gesprek; \"waarom kwam je niet?\" sluit het.\n\n**Gesprek voorbereiden**: kies vooraf een of twee vragen die bij de situatie passen."
  },
  {
    "id": "presentie",
    "title": "Presentie",
    "topic": "werkrelatie",
    "tags": [
      "presentie",
      "presentiebenadering",
      "aanwezig zijn",
      "er zijn",
      "er zijn voor",
      "nabijheid",
      "aandacht",
      "beschikbaar",
      "present"
    ],
    "sources": [
      "METHOD.md § inleiding (SRH)",
      "METHOD.md § Talking with the client",
      "issue 5 (reflectie)"
    ],
    "related": [
      "srh",
      "etiquette",
      "hoop-en-perspectief",
      "zelfreflectie",
      "werkrelatie"
    ],
    "templates": [],
    "body": "**Presentie** hoort bij **SRH** (systematisch rehabilitatiegericht handelen), samen met de krachtgerichte benadering.\n\n**Wat onze bronnen erover zeggen**\n- **Er zijn** is het eerste punt om hoop levend te houden, en ook het eerste punt van de etiquette in de relatie: er zijn, luisteren, eerlijk zijn.\n- Presentie is een bron van **zelfreflectie**: was ik er echt, deze week?\n\n**Reflectievragen**\n- Wanneer was ik deze week echt aanwezig bij een cliënt?\n- Wanneer was ik vooral met mijn taak of het systeem bezig?\n\nEen uitgebreide beschrijving van de presentiebenadering staat niet in onze bronnen; deze assistent vult die niet zelf in."
  },
  {
    "id": "prioriteiten",
    "title": "Prioriteiten kiezen (3 tot 4)",
    "topic": "actieplan",
    "tags": [
      "prioriteiten",
      "prioriteit",
      "prioriteren",
      "keuzes maken",
      "wat eerst",
      "belangrijkste doelen",
      "drie tot vier",
      "te veel doelen",
      "volgorde",
      "veel wensen",
      "waar beginnen",
      "beginnen met",
      "eerste stap kiezen"
    ],
    "sources": [
      "METHOD.md § Worksheets – Krachteninventarisatie",
      "METHOD.md § Worksheets – Actieplan"
    ],
    "related": [
      "krachteninventarisatie",
      "actieplan",
      "smart-doelen",
      "fuzzy-doelen"
    ],
    "templates": [
      "krachteninventarisatie",
      "actieplan"
    ],
    "body": "Na de leefgebieden kiest de cliënt zijn **prioriteiten**: het blok *Prioriteiten* op de krachteninventarisatie. Voor het actieplan kies je er **3 tot 4**.\n\n**Zo doe je het**\n- De cliënt kiest. Jij helpt ordenen, maar de richting blijft bij de cliënt.\n- Haal de prioriteiten uit de **wensen en ambities** die de cliënt bij de leefgebieden noemde.\n- Schrijf ze in de ik-vorm en in de woorden van de cliënt.\n- Basisbehoeften en veiligheid gaan voor: dat hoort bij de eerste fase van het traject.\n\n**Te veel wensen?** Vraag: \"Waar wil je als eerste mee beginnen?\" of \"Wat zou het meeste verschil maken?\""
  },
  {
    "id": "problemen-benoemen",
    "title": "Problemen benoemen zonder ze te verzwijgen",
    "topic": "krachtgericht-formuleren",
    "tags": [
      "problemen benoemen",
      "problemen",
      "probleem",
      "mooipraten",
      "zorgen",
      "risico",
      "zorgen opschrijven",
      "eerlijk rapporteren",
      "negatief",
      "wat niet goed gaat",
      "belemmering",
      "obstakel"
    ],
    "sources": [
      "METHOD.md § Core idea"
    ],
    "related": [
      "krachtgericht-werken",
      "complete-boodschap",
      "taxatie-van-draagkracht",
      "eenvoudige-taal",
      "observatie-en-interpretatie"
    ],
    "templates": [],
    "body": "Krachtgericht werken is **geen mooipraten**. Problemen worden niet genegeerd:\n\n- Je **benoemt** ze in gewone taal, concreet en zonder etiket.\n- Je **pakt ze aan** als ze de eigen hersteldoelen van de cliënt in de weg staan.\n\n**Zo schrijf je een zorg op**\n- Feitelijk: \"De huur van april en mei is niet betaald; de verhuurder stuurde op 2 juni een brief.\"\n- Met de kracht of wens ernaast: \"Mevrouw wil in deze woning blijven en heeft zelf de verhuurder gebeld.\"\n- Met een volgende stap: wie doet wat en wanneer.\n\nGaat het om veiligheid of een niet-pluis gevoel? Gebruik dan de taxatie van draagkracht en, waar nodig, de meldcode."
  },
  {
    "id": "rapporteren-ecd",
    "title": "Rapporteren in het ECD",
    "topic": "krachtgericht-formuleren",
    "tags": [
      "rapporteren",
      "rapportage",
      "rapportages",
      "verslag",
      "verslaglegging",
      "dagrapportage",
      "ecd",
      "elektronisch clientdossier",
      "dossier",
      "nedap ons",
      "ysis",
      "notitie",
      "schrijven in het dossier",
      "journaal",
      "report"
    ],
    "sources": [
      "METHOD.md § Where the worker writes",
      "METHOD.md § Writing rules that the coach enforces"
    ],
    "related": [
      "krachtgericht-formuleren",
      "observatie-en-interpretatie",
      "eenvoudige-taal",
      "actief-schrijven",
      "leveringsplan"
    ],
    "templates": [],
    "body": "Rapportages schrijf je in een **elektronisch cliëntdossier (ECD)**, zoals Nedap Ons of Ysis. Krachtcoach leest mee in het veld waar je schrijft.\n\n**Een krachtgerichte rapportage**\n- **Feiten en observaties**: wat zag en hoorde je, wanneer?\n- Je **indruk** gemarkeerd als de jouwe: \"ik heb de indruk dat …\".\n- De **woorden van de cliënt** tussen aanhalingstekens.\n- Wat **ging goed**, wat deed de cliënt zelf?\n- **Positief** en **actief** geschreven, zonder labels.\n- **Eenvoudige taal**: de cliënt mag zijn dossier lezen.\n- Afspraken: **wie doet wat en wanneer**.\n\n**Voorbeeld**: \"Mevrouw belde zelf de huisarts en maakte een afspraak voor 12 juni. Ze zei: 'Dat had ik een maand geleden niet gedurfd.'\"\n\nDeze assistent schrijft je rapportage niet voor je, maar helpt je wel op weg met de regels en voorbeelden."
  },
  {
    "id": "schaalvraag",
    "title": "De schaalvraag",
    "topic": "oplossingsgerichte-vragen",
    "tags": [
      "schaalvraag",
      "schaalvragen",
      "schaal",
      "0 tot 10",
      "nul tot tien",
      "cijfer",
      "rapportcijfer",
      "scaling question",
      "vooruitgang meten",
      "voortgang zichtbaar"
    ],
    "sources": [
      "METHOD.md § Talking with the client"
    ],
    "related": [
      "oplossingsgerichte-vragen",
      "evaluatie",
      "smart-doelen",
      "vage-woorden"
    ],
    "templates": [
      "oplossingsgerichte-vragen"
    ],
    "body": "Met de **schaalvraag** maak je een situatie of vooruitgang zichtbaar.\n\n**De vraag**: \"Op een schaal van 0 tot 10, waar sta je nu?\"\n\n**Doorvragen**\n- \"Wat maakt dat het een 4 is en geen 2?\" (zo komen krachten in beeld)\n- \"Wat is er nodig om naar een 5 te gaan?\" (een kleine volgende stap)\n\n**Schrijven**: een schaalvraag maakt een vaag woord concreet. \"Het gaat een beetje beter\" wordt: \"Mevrouw geeft haar week een 6; vorige week een 4.\""
  },
  {
    "id": "smart-doelen",
    "title": "SMART doelen",
    "topic": "actieplan",
    "tags": [
      "smart",
      "smart doelen",
      "smart formuleren",
      "specifiek",
      "meetbaar",
      "acceptabel",
      "realistisch",
      "tijdsgebonden",
      "doel formuleren",
      "doelen formuleren",
      "meetbaar maken",
      "concreet doel"
    ],
    "sources": [
      "METHOD.md § Worksheets – Actieplan"
    ],
    "related": [
      "fuzzy-doelen",
      "actieplan",
      "vage-woorden",
      "prioriteiten"
    ],
    "templates": [
      "actieplan"
    ],
    "body": "Doelen en acties in het actieplan zijn **SMART**:\n\n- **S**pecifiek: wat precies?\n- **M**eetbaar: hoe zie je dat het gelukt is?\n- **A**cceptabel: de cliënt wil het zelf.\n- **R**ealistisch: haalbaar, met kleine stappen.\n- **T**ijdsgebonden: wanneer?\n\n**Voorbeeld**\n- Vaag: \"Ik wil beter met geld omgaan.\"\n- SMART (actie): \"Ik leg elke vrijdag samen met mijn zus de rekeningen van die week in een map, vanaf 14 juni.\"\n\n**Let op**: SMART alleen maakt een doel nog niet van de cliënt. Het doel blijft in de **woorden van de cliënt**; daarom hoort er ook **FUZZY** bij."
  },
  {
    "id": "srh",
    "title": "SRH (systematisch rehabilitatiegericht handelen)",
    "topic": "algemeen",
    "tags": [
      "srh",
      "systematisch rehabilitatiegericht handelen",
      "rehabilitatie",
      "rehabilitatiegericht",
      "rehabilitatiegericht werken"
    ],
    "sources": [
      "METHOD.md § inleiding"
    ],
    "related": [
      "krachtgericht-werken",
      "presentie",
      "cra",
      "herstel"
    ],
    "templates": [],
    "body": "**SRH** staat voor **systematisch rehabilitatiegericht handelen**. Het is een verwante benadering van Herstelwerk, met daarin **presentie** en de **krachtgerichte benadering**.\n\n**Wat dit voor de coach betekent**: de schrijfregels (positief, ik-vorm op werkbladen, eigen woorden, feiten, eenvoudige taal, geen labels, actief) passen ook bij het werken volgens SRH.\n\nMeer over SRH staat niet in onze bronnen; deze assistent vult dat niet zelf in. Kijk voor de werkwijze naar de training of handleiding van je organisatie."
  },
  {
    "id": "stigmatiserende-termen",
    "title": "Stigmatiserende termen en betere woorden",
    "topic": "labels",
    "tags": [
      "stigmatiserende termen",
      "zorgmijder",
      "zorgmijdend",
      "ziekte inzicht",
      "ziekteinzicht",
      "geen ziekte inzicht",
      "medicatieontrouw",
      "therapieontrouw",
      "uitbehandeld",
      "chronisch",
      "verslaafde",
      "junk",
      "daklozen",
      "multiprobleemgezin",
      "probleemgezin",
      "ongemotiveerd",
      "lvber",
      "lvb",
      "onwil",
      "onmacht",
      "betere woorden",
      "alternatieven"
    ],
    "sources": [
      "METHOD.md § Writing rules that the coach enforces (herstelgerichte taalgidsen NL/BE)"
    ],
    "related": [
      "labels",
      "werkrelatie",
      "hoop-en-perspectief",
      "oplossingsgerichte-vragen"
    ],
    "templates": [],
    "body": "Herstelgerichte taalgidsen in Nederland en Vlaanderen raden deze termen af. Het gaat niet om een nieuw woord, maar om de gedachte erachter:\n\n| Term | Denk liever zo |\n|---|---|\n| zorgmijder | iemand die zijn privacy en zelfstandigheid bewaakt, waarschijnlijk met een reden |\n| geen / gebrek aan ziekte-inzicht | cliënt en professional zien het anders |\n| therapie- of medicatieontrouw | vraag waarom het advies niet gevolgd wordt |\n| uitbehandeld | de professional had geen mogelijkheden meer, niet de persoon |\n| chronisch | beschrijf wat er nu speelt en wat iemand wil |\n| verslaafde, junk | persoon eerst: iemand met een verslaving |\n| daklozen | dakloze mensen |\n| (multi)probleemgezin | gezin met meervoudige en complexe problemen |\n| ongemotiveerd | vaak onmacht, geen onwil: wat staat in de weg? |\n| LVB'er | persoon eerst: beschrijf wat iemand nodig heeft |\n\n**In de praktijk**: schrijf bij \"ongemotiveerd\" op wat je zag (\"meneer kwam twee keer niet op de afspraak bij het UWV\") en wat de cliënt er zelf over zegt."
  },
  {
    "id": "taxatie-van-draagkracht",
    "title": "Taxatie van draagkracht",
    "topic": "taxatie-draagkracht",
    "tags": [
      "taxatie van draagkracht",
      "taxatie",
      "draagkracht",
      "draaglast",
      "balans",
      "risico",
      "risicos",
      "risicotaxatie",
      "inschatten van zelfregulering",
      "zelfregulering",
      "wat kan iemand dragen",
      "overbelast",
      "veiligheid kinderen",
      "veiligheid van vrouwen",
      "te zwaar",
      "zwaar",
      "aankan",
      "risicos boven tafel",
      "naar risicos vragen",
      "risicos bespreken"
    ],
    "sources": [
      "METHOD.md § Worksheets – Taxatie van draagkracht"
    ],
    "related": [
      "niet-pluis-gevoel",
      "meldcode",
      "leefgebied-veiligheid",
      "krachteninventarisatie",
      "problemen-benoemen"
    ],
    "templates": [
      "taxatie-van-draagkracht"
    ],
    "body": "Bij de taxatie van draagkracht kijk je naar de **balans** tussen wat een cliënt nu kan dragen (**draagkracht**) en wat op hem drukt (**draaglast**). Latere versies van de methode noemen dit **inschatten van zelfregulering**.\n\n**Wat hoort erbij**\n- Gerichte vragen om **risico's** boven tafel te krijgen.\n- Bij vrouwen expliciet: hun **veiligheid** en die van hun **kinderen** en andere relaties.\n- Je doet het op de **krachtgerichte manier**: ook wat iemand draagt en wat helpt, komt in beeld.\n- Het helpt je een **niet-pluis gevoel** concreet en onderbouwd te maken.\n\nDe taxatie hoort bij de tweede stap van het traject, samen met de krachteninventarisatie.\n\n*Niet geverifieerd*: de methode heeft een eigen vragenlijst voor de taxatie; die hebben we niet kunnen controleren. Deze assistent geeft dus geen \"officiële\" vragenlijst."
  },
  {
    "id": "teamkrachtbespreking",
    "title": "De teamkrachtbespreking (acht stappen)",
    "topic": "teamkrachtbespreking",
    "tags": [
      "teamkrachtbespreking",
      "team krachtbespreking",
      "teambespreking",
      "casusbespreking",
      "cliëntbespreking",
      "teamoverleg",
      "team meeting",
      "acht stappen",
      "8 stappen",
      "brainstorm",
      "voorzitter",
      "verhelderingsvragen",
      "successen",
      "inbreng"
    ],
    "sources": [
      "METHOD.md § Reflection and intervision"
    ],
    "related": [
      "krachteninventarisatie",
      "intervisiemethodes",
      "zelfreflectie",
      "fases-van-het-traject"
    ],
    "templates": [
      "teamkrachtbespreking"
    ],
    "body": "De **teamkrachtbespreking** houdt het werk krachtgericht. Ze heeft **acht stappen**:\n\n1. Rondje **successen** sinds de vorige keer.\n2. De **krachteninventarisatie uitdelen** en de situatie schetsen.\n3. De **doelen van de cliënt** en de **vraag van de begeleider**.\n4. De **huidige situatie** en wat al geprobeerd is.\n5. **Verhelderingsvragen** van het team.\n6. **Brainstorm**.\n7. Verhelderingsvragen van de **begeleider**.\n8. Wat de begeleider **gaat doen** met de ideeën.\n\n**Spelregels**\n- Een **voorzitter** bewaakt de regels.\n- **Creatieve strategieën** in plaats van problemen herkauwen.\n- Obstakels die steeds terugkomen, gaan naar het **management**.\n\nDe krachteninventarisatie is de basis van de bespreking."
  },
  {
    "id": "uitzonderingsvragen",
    "title": "Uitzonderingsvragen",
    "topic": "oplossingsgerichte-vragen",
    "tags": [
      "uitzonderingsvragen",
      "uitzonderingsvraag",
      "uitzondering",
      "uitzonderingen",
      "wanneer ging het beter",
      "wat deed je anders",
      "exception question",
      "toen het wel lukte"
    ],
    "sources": [
      "METHOD.md § Talking with the client"
    ],
    "related": [
      "oplossingsgerichte-vragen",
      "copingvragen",
      "hulpbronnen",
      "wondervraag"
    ],
    "templates": [
      "oplossingsgerichte-vragen"
    ],
    "body": "Met een **uitzonderingsvraag** zoek je de momenten waarop het probleem er minder was.\n\n**De vraag**: \"Wanneer ging het een beetje beter? Wat deed je toen anders?\"\n\n**Doorvragen**\n- \"Wie was er toen bij?\"\n- \"Wat maakte dat het toen lukte?\"\n- \"Hoe kun je dat vaker doen?\"\n\n**Waarom**: zo vind je krachten en hulpbronnen die er al zijn, ook van vroeger. Noteer ze bij het leefgebied waar ze bij horen."
  },
  {
    "id": "vage-woorden",
    "title": "Vage woorden vervangen door feiten",
    "topic": "taalgebruik",
    "tags": [
      "vage woorden",
      "vaag",
      "vaagheid",
      "specifiek",
      "concreet",
      "concreet schrijven",
      "details",
      "gedetailleerd",
      "volledig",
      "vage woorden zoals soms en vaak",
      "te vaag",
      "hoe vaak precies"
    ],
    "sources": [
      "METHOD.md § Writing rules that the coach enforces"
    ],
    "related": [
      "observatie-en-interpretatie",
      "krachtgericht-formuleren",
      "smart-doelen",
      "kwaliteit-krachteninventarisatie"
    ],
    "templates": [],
    "body": "Woorden als **soms, vaak, beetje, steeds, erg, nogal, tamelijk, behoorlijk** en **regelmatig** laten de lezer raden. Waar een concreet feit kan staan, zet je het feit neer.\n\n**Voorbeelden**\n- \"Meneer drinkt regelmatig.\" → \"Meneer vertelt dat hij op vrijdag en zaterdag zes blikjes bier drinkt.\"\n- \"Mevrouw is vaak somber.\" → \"Mevrouw zei deze week twee keer: 'ik zie het niet meer zitten'.\"\n- \"Het gaat een beetje beter.\" → \"Mevrouw geeft haar week een 6; vorige week was dat een 4.\" (schaalvraag)\n\n**Vraag jezelf**: hoe vaak, hoeveel, wanneer, wie, waar? Een verslag dat volledig, gedetailleerd en specifiek is, helpt de cliënt en je collega's verder."
  },
  {
    "id": "vip-kaart",
    "title": "De VIP-kaart",
    "topic": "ecogram",
    "tags": [
      "vip kaart",
      "vipkaart",
      "vip",
      "belangrijke mensen",
      "spanjaard",
      "netwerk",
      "cirkels",
      "sectoren",
      "wie is belangrijk"
    ],
    "sources": [
      "METHOD.md § Worksheets – Ecogram / VIP-kaart"
    ],
    "related": [
      "ecogram",
      "hulpbronnen",
      "naastbetrokkenen",
      "leefgebied-sociale-relaties"
    ],
    "templates": [
      "hulpbronnen"
    ],
    "body": "De **VIP-kaart** (Spanjaard, 2003) brengt de **belangrijke mensen rond de cliënt** in beeld.\n\n*Niet geverifieerd*: de precieze indeling van de kaart hebben we niet kunnen controleren. Een gangbare beschrijving: de cliënt in het midden, sectoren voor familie, vrienden, school/werk/vrije tijd en professionals, en ringen voor hoe dichtbij iemand staat. Gebruik de versie die in jouw organisatie of training wordt gegeven.\n\n**Gebruik**: net als het ecogram helpt de VIP-kaart om samen met de cliënt natuurlijke hulpbronnen te vinden en te zien wie hij (weer) zou willen betrekken."
  },
  {
    "id": "werkrelatie",
    "title": "De werkrelatie",
    "topic": "werkrelatie",
    "tags": [
      "werkrelatie",
      "relatie",
      "contact",
      "vertrouwen",
      "vertrouwen winnen",
      "band",
      "samenwerking",
      "samenwerken",
      "afstand",
      "wil niet praten",
      "praat niet",
      "houdt afstand",
      "weerstand",
      "achterdochtig",
      "wederkerig",
      "authentiek",
      "betrouwbaar",
      "doelgericht",
      "contact maken",
      "komt niet opdagen",
      "niet bereikbaar",
      "telefoon niet op"
    ],
    "sources": [
      "METHOD.md § Core idea",
      "METHOD.md § The course of a begeleidingstraject"
    ],
    "related": [
      "etiquette",
      "ontmoeten-en-aansluiten",
      "complete-boodschap",
      "presentie",
      "hoop-en-perspectief"
    ],
    "templates": [
      "ontmoeten-en-aansluiten"
    ],
    "body": "Een goede werkrelatie is de **basis** van krachtgericht werken. Ze is:\n\n- **betrouwbaar**: je doet wat je zegt;\n- **doelgericht**: het gaat om de doelen van de cliënt;\n- **wederkerig**: je werkt samen, de cliënt stuurt;\n- **authentiek**: je bent echt, jezelf.\n\n**Als de cliënt (nog) niet wil praten**\n- Begin bij wat de cliënt nu nodig heeft: basisbehoeften eerst, veiligheid en structuur.\n- Leg uit wie je bent en hoe je werkt, en bespreek wat jullie van elkaar verwachten.\n- Sluit aan bij zijn tempo en zijn onderwerpen. Iemand die zijn privacy bewaakt, heeft daar waarschijnlijk een reden voor.\n- Wees er, luister, wees eerlijk (zie de etiquette).\n- Moet iets toch besproken worden? Gebruik de complete boodschap: confronteren met behoud van contact.\n\nBij de evaluatie sta je ook stil bij de werkrelatie zelf."
  },
  {
    "id": "wondervraag",
    "title": "De wondervraag",
    "topic": "oplossingsgerichte-vragen",
    "tags": [
      "wondervraag",
      "wonder vraag",
      "wonder",
      "miracle question",
      "toekomstbeeld",
      "droom",
      "stel je voor",
      "als alles goed was"
    ],
    "sources": [
      "METHOD.md § Talking with the client"
    ],
    "related": [
      "oplossingsgerichte-vragen",
      "fuzzy-doelen",
      "schaalvraag",
      "hoop-en-perspectief"
    ],
    "templates": [
      "oplossingsgerichte-vragen"
    ],
    "body": "De **wondervraag** helpt de cliënt een beeld te maken van wat hij wil.\n\n**De vraag**: \"Stel dat er vannacht, terwijl je slaapt, een wonder gebeurt. Wat is het eerste dat je morgen merkt?\"\n\n**Doorvragen**\n- \"Wat doe je dan anders?\"\n- \"Wie merkt het nog meer?\"\n- \"Wat zie je aan jezelf?\"\n\n**Gebruik**: het antwoord is vaak het begin van een doel in de eigen woorden van de cliënt (het *Wat?* in het actieplan). Schrijf de woorden van de cliënt letterlijk op."
  },
  {
    "id": "zelfreflectie",
    "title": "Zelfreflectie: competenties van de begeleider",
    "topic": "intervisie",
    "tags": [
      "zelfreflectie",
      "reflectie",
      "reflecteren",
      "reflectievragen",
      "competenties",
      "competentie",
      "vaardigheden begeleider",
      "eigen handelen",
      "terugkijken op mezelf",
      "leren",
      "professionele ontwikkeling",
      "ontwikkelpunten",
      "eigen werk",
      "eigen werk evalueren",
      "mezelf evalueren",
      "spiegel"
    ],
    "sources": [
      "METHOD.md § Reflection and intervision"
    ],
    "related": [
      "etiquette",
      "intervisiemethodes",
      "presentie",
      "evaluatie",
      "teamkrachtbespreking"
    ],
    "templates": [],
    "body": "Reflectievragen haal je uit de **competenties van de begeleider** en uit de **etiquette**.\n\n**Competenties, als vraag aan jezelf**\n- Richt ik me op de **krachten** van de cliënt?\n- Benoem ik **talenten in detail**?\n- Gebruik ik de **woorden van de cliënt**?\n- Maak ik **kleine, meetbare acties**?\n- Zoek ik **natuurlijke hulpbronnen**?\n- Werk ik **outreachend**, in de omgeving van de cliënt?\n- **Geloof ik in herstel**?\n- Laat ik de **richting bij de cliënt**?\n\n**Uit de etiquette**: was ik er, luisterde ik, was ik eerlijk? Deed ik wat ik zei? Verschool ik me achter kantoor, pc of regels?\n\n**Uit de evaluatie**: heb ik stilgestaan bij de werkrelatie en bij het traject?\n\nKies er één per dag, of een korte reeks voor een intervisie."
  }
];
