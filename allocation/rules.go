package allocation

// The rule registry: one row per rule, code list and kind of input error.
// Each row cites its public source (a key of the library's SOURCES.md plus
// section, row or rule id). Adding a release that renames or ends a rule
// changes its row here; every other row keeps applying.

// The rules, code lists and input errors of the registry, by stable key.
const (
	_ Rule = iota
	// InputMissing: een verplicht veld ontbreekt (Library).
	InputMissing
	// InputUnreadable: de tekst is geen geldige waarde (Library).
	InputUnreadable
	// InputRange: de waarde ligt buiten het toegestane bereik (Library).
	InputRange
	// InputOption: een optie of argument is ongeldig (release, kalender, tabel) (Library).
	InputOption
	// InputZeroDate: een datum is verplicht (Library).
	InputZeroDate
	// InputInvalidDate: de dag bestaat niet (Library).
	InputInvalidDate
	// InputSyntax: geen datum van de vorm JJJJ-MM-DD (Library).
	InputSyntax
	// InputOutOfRange: de datum ligt buiten de jaren waarvoor de werkdagkalender gegevens heeft (Library).
	InputOutOfRange
	// InputTermijn: onbekende termijn of eenheid (Library).
	InputTermijn
	// XSD: het bericht volgt het XSD-schema niet (element ontbreekt, komt te vaak voor of heeft een ongeldig formaat) (iWlz-XSD 2.2).
	XSD
	// AGB: een AGB-code heeft 8 cijfers (iWlz-XSD 2.2 Basisschema LDT_iWlzAgbCode).
	AGB
	// LDTBesluitnummer: een besluitnummer ligt tussen 1 en 999999999 (iWlz-XSD 2.2 Basisschema LDT_Besluitnummer).
	LDTBesluitnummer
	// CS003: de einddatum moet op of na de ingangsdatum liggen (iWlz-XSLT 2.2 CS003).
	CS003
	// CS023: een datum mag niet na de dagtekening van het bericht liggen (iWlz-XSLT 2.2 CS023; iWlz-codelijsten COD910 (TR134 vanaf 2.3)).
	CS023
	// TR014: de einddatum van het besluit is de laatste einddatum van de zorgeenheden (iWlz-XSLT 2.2 TR014).
	TR014
	// TR015: de ingangsdatum van het besluit is de vroegste ingangsdatum van de zorgeenheden (iWlz-XSLT 2.2 TR015).
	TR015
	// TR016: de toewijzing ligt geheel binnen het indicatiebesluit (iWlz-XSLT 2.2 TR016).
	TR016
	// TR017: begindatum en sleuteldatum van de melding aanvang zorg liggen binnen de toewijzing (iWlz-IM 2.2 TR017).
	TR017
	// CS088: de sleuteldatum ligt voor de begindatum (iWlz-XSLT 2.2 CS088).
	CS088
	// CD004: een sleuteldatum alleen bij leveringsvorm verblijf (iWlz-XSLT 2.2 CD004).
	CD004
	// OP044: de sleuteldatum ligt ten hoogste 14 dagen voor de begindatum (iWlz-IM 2.2 OP044).
	OP044
	// TR129: behandeling dan en slechts dan als de leveringsvorm verblijf is en de toewijzing opname Ja heeft (iWlz-XSLT 2.2 TR129).
	TR129
	// TR018: de mutatiedatum ligt niet voor de begindatum (iWlz-IM 2.2 TR018; iWlz-codelijsten COD910 (CS136 vanaf 2.3)).
	TR018
	// TR019: de mutatie hoort bij een toewijzing (iWlz-IM 2.2 TR019).
	TR019
	// TR020: de mutatiedatum ligt niet na de einddatum van de toewijzing (iWlz-IM 2.2 TR020).
	TR020
	// TR124: deeltijdverblijf gaat niet eerder in dan 2020-01-01 (iWlz-XSLT 2.2 TR124; iWlz-IM 2.2 OP340).
	TR124
	// TR035: herhaalde geïndiceerde zorgeenheden in één besluit overlappen niet (iWlz-XSLT 2.2 TR035).
	TR035
	// TR057: herhaalde geïndiceerde ZZP's in één besluit overlappen niet (iWlz-XSLT 2.2 TR057).
	TR057
	// TR010: een opslag alleen bij de hoogste klasse (iWlz-XSLT 2.2 TR010; iWlz-codelijsten COD910 (CD092 vanaf 2.3)).
	TR010
	// TR034: geen opslag bij functie 71 verblijf tijdelijk (iWlz-XSLT 2.2 TR034; iWlz-codelijsten COD910 (CD093 vanaf 2.3)).
	TR034
	// CD029: de grondslag is verplicht, behalve bij een negatief besluit of alleen ZZP 999 (iWlz-XSLT 2.2 CD029; iWlz-codelijsten COD910 (TR132 vanaf 2.3)).
	CD029
	// OP021: een nieuw besluit beëindigt het vorige; een negatief besluit gaat in op de dag na afgifte (iWlz-IM 2.2 OP021).
	OP021
	// CD040: instelling en toewijzingspercentage zijn gevuld dan en slechts dan als de leveringsvorm geen PGB is (iWlz-XSLT 2.2 CD040).
	CD040
	// CD050: coördinator zorg thuis dan en slechts dan als de leveringsvorm MPT is (iWlz-XSLT 2.2 CD050).
	CD050
	// CD051: klasse dan en slechts dan als de leveringsvorm verblijf of VPT is (iWlz-XSLT 2.2 CD051; iWlz-codelijsten (COD756 niet in 2.4)).
	CD051
	// CD052: opname dan en slechts dan als de leveringsvorm verblijf of DTV is (iWlz-XSLT 2.2 CD052).
	CD052
	// CD072: etmalen dan en slechts dan als de leveringsvorm DTV is (iWlz-XSLT 2.2 CD072).
	CD072
	// CD073: dossierhouder dan en slechts dan als de leveringsvorm verblijf, VPT of DTV is (iWlz-XSLT 2.2 CD073).
	CD073
	// CS074: de klasse van een ZZP is KE4, KE5, KE6 of KE7 (iWlz-XSLT 2.2 CS074).
	CS074
	// CS132: leveringsvorm 9 (verkeerde bed) niet in een zorgtoewijzing (iWlz-XSLT 2.2 CS132).
	CS132
	// TR119: een administratieve toewijzing heeft opname Ja als die gevuld is (iWlz-XSLT 2.2 TR119; iWlz-codelijsten COD910 (CS140 vanaf 2.3)).
	TR119
	// CS130: een percentage is een geheel aantal procenten (iWlz-XSLT 2.2 CS130; iWlz-XSD 2.2 LDT_Percentage).
	CS130
	// CS072: een functie wordt niet administratief toegewezen (iWlz-XSLT 2.2 CS072).
	CS072
	// TR082: ADL-assistentie wordt alleen regulier toegewezen (iWlz-XSLT 2.2 TR082).
	TR082
	// TR106: dezelfde zorgeenheid, leveringsvorm en soort voor dezelfde aanbieder overlappen niet (iWlz-XSLT 2.2 TR106).
	TR106
	// TR120: per ingangsdatum en soort ten hoogste één verblijf met opname Ja (iWlz-XSLT 2.2 TR120; iWlz-IM 2.2 OP324).
	TR120
	// TR127: elke dag van een DTV-periode heeft precies één aanbieder met opname Ja (iWlz-XSLT 2.2 TR127).
	TR127
	// TR077: gelijke toegewezen functies overlappen ten hoogste één dag (iWlz-XSLT 2.2 TR077; iWlz-IM 2.2 OP319).
	TR077
	// OP162: de dossierhouder is de aanbieder van de reguliere verblijf-, VPT- of DTV-toewijzing, in die periode (iWlz-IM 2.2 OP162).
	OP162
	// OP329: de coördinator zorg thuis is de aanbieder van de MPT-toewijzing, in die periode (iWlz-IM 2.2 OP329).
	OP329
	// TR107: alleen de dossierhouder of coördinator zorg thuis met een toewijzing op het besluit vraagt een aangepaste toewijzing aan (iWlz-IM 2.2 TR107; iWlz-IM 2.2 OP317).
	TR107
	// RFC24016: twee dossierhouders of coördinatoren zorg thuis overlappen ten hoogste één dag (iWlz-Bemiddelingsregister CHANGELOG RFC 24016).
	RFC24016
	// TR046: de leveringsstatus past bij de mutatiecode (iWlz-XSLT 2.2 TR046; iWlz-codelijsten COD910 (CS137 vanaf 2.3)).
	TR046
	// TR066: begindatum dan en slechts dan als de mutatiecode 17, 19 of 20 is (iWlz-XSLT 2.2 TR066; iWlz-codelijsten COD910 (CD094 vanaf 2.3)).
	TR066
	// TR073: MUT12, MUT18 en MUT21 alleen op een reguliere toewijzing (iWlz-IM 2.4 ZK39 Mutatiecode TR073).
	TR073
	// TR078: MUT12, MUT18 en MUT21 niet na een melding aanvang zorg, tenzij na een MUT20 (iWlz-IM 2.4 ZK39 Mutatiecode TR078).
	TR078
	// TR041: een mutatie samen met een aanvraag is MUT12, MUT18 of MUT19 (iWlz-XSLT 2.2 TR041).
	TR041
	// IV101: MUT17, MUT19 en MUT20 niet voor de ingangsdatum van de toewijzing (iWlz-IM 2.4 ZK39 Mutatiecode IV101).
	IV101
	// OP161: een overdracht (MUT21) alleen regulier en voordat de levering (opnieuw) start (iWlz-IM 2.2 OP161).
	OP161
	// CD020: instelling bestemming dan en slechts dan als de mutatiecode 17 of 21 is (iWlz-XSLT 2.2 CD020).
	CD020
	// CS127: een melding of mutatie gaat niet over PGB of verkeerde bed (iWlz-XSLT 2.2 CS127).
	CS127
	// CD090: een classificatie dan en slechts dan als de leveringsstatus 2, 3, 6 of 7 is (iWlz-XSLT 2.2 CD090).
	CD090
	// CS131: de classificatie hoort bij de leveringsstatus (iWlz-XSLT 2.2 CS131).
	CS131
	// CS133: leveringsstatus 1 (actief wachtend) bestaat niet meer (iWlz-XSLT 2.2 CS133).
	CS133
	// OP103: dagen per wachtstatus tellen uit gesorteerde gebeurtenissen (iWlz-IM 2.2 OP103).
	OP103
	// OP182: overbruggingszorg binnen 5 (of 10) werkdagen na de toewijzingsdatum aanvragen (iWlz-IM 2.2 OP182).
	OP182
	// OP183: een tweede termijn overbruggingszorg twee maanden na de start van de eerste (iWlz-IM 2.2 OP183).
	OP183
	// VZ31: de functies in een ZZP-indicatie zijn informatief en geven geen recht naast het ZZP (VZ2013 3.1).
	VZ31
	// VZ33: verblijf met zorg thuis: 4-7 etmalen, niet boven de klasse (VZ2013 3.3).
	VZ33
	// VZ33ZZP0: een ZZP (verblijf) samen met reguliere extramurale functies alleen met een toewijzing ZZP0 (VZ2013 3.3 (Partneropname V&V)).
	VZ33ZZP0
	// VZ33Partneropname: partneropname (ZZP0) voor de partner van een cliënt met een ZZP op somatische of psychogeriatrische grondslag (VZ2013 3.3 (Partneropname V&V)).
	VZ33Partneropname
	// VZ42Punt3: overbruggingszorg past binnen de voorwaarden van 4.2 punt 3 (VZ2013 4.2 punt 3).
	VZ42Punt3
	// VZ441: regulier budget op het hele indicatiebesluit; aanvraag binnen 5 werkdagen (VZ2013 4.4.1).
	VZ441
	// VZ441Termijn: uitgangspunt: overbruggingszorg binnen 5 werkdagen na de toewijzing aanvragen (VZ2013 4.4.1).
	VZ441Termijn
	// VZ442: overbrugging met uitloop: opname binnen 3 maanden, eenmaal verlengen met 3 maanden (VZ2013 4.4.2).
	VZ442
	// VZ442ExtraBudget: extra budget alleen met voorafgaande toestemming (VZ2013 4.4.2).
	VZ442ExtraBudget
	// VZ443: VBKD en BH-IND buiten het budget, alleen op eigen aanvraag (VZ2013 4.4.3).
	VZ443
	// VZ443Behandeling: behandeling buiten het budget: alle voorwaarden, ten hoogste 6 maanden (VZ2013 4.4.3).
	VZ443Behandeling
	// VZ443Dagbehandeling: alleen de genoemde prestaties dagbehandeling (VZ2013 4.4.3).
	VZ443Dagbehandeling
	// VZ444: regelzorg, ook met terugwerkende kracht (VZ2013 4.4.4).
	VZ444
	// VZ45: het VPT vervangt het ZZP en dient niet ter overbrugging (VZ2013 4.5).
	VZ45
	// VZ46: PTZ zonder verblijf: omzetting van ZZP VV10 naar thuis of hospice, ten hoogste 3 maanden met eenmaal verlenging van ten hoogste 3 maanden (VZ2013 4.6).
	VZ46
	// VZ46Dossierhouder: de omzetting van ZZP VV10 naar PTZ zonder verblijf vraagt de dossierhouder aan (VZ2013 4.6).
	VZ46Dossierhouder
	// VZ47: ZZP onbepaald: de zorgaanbieder zet een bepaald ZZP in; na opname vraagt een gewijzigde zorgvraag een nieuwe indicatie (VZ2013 4.7).
	VZ47
	// VZ48: een administratieve toewijzing ten hoogste voor de duur van het besluit (VZ2013 4.8).
	VZ48
	// VZ52: de dossierhouder of zorgaanbieder met een toewijzing vraagt een aangepaste toewijzing aan (VZ2013 5.2).
	VZ52
	// VZ61: zorg weigeren of beëindigen alleen op grond van zwaarwegende redenen (VZ2013 6.1).
	VZ61
	// VZ61Continuiteit: gestarte zorg wordt voortgezet of overgedragen totdat er een definitieve oplossing is (VZ2013 6.1; VZ2013 6.4).
	VZ61Continuiteit
	// VZ62: zorgweigering: vóór de start van de zorg, om een van de redenen van 6.2 (VZ2013 6.2).
	VZ62
	// VZ63: zorgbeëindiging: ingezette zorg stoppen, om een zwaarwegende reden van 6.3 (VZ2013 6.3).
	VZ63
	// VZ63NietNakomen: niet nakomen van verplichtingen alleen na herhaaldelijk schriftelijk waarschuwen (VZ2013 6.3).
	VZ63NietNakomen
	// VZ63Afwegingen: de besluitvorming weegt het belang van de groepsbewoners en de rol van de aandoening (VZ2013 6.3).
	VZ63Afwegingen
	// VZ64Mededeling: tijdige schriftelijke, met redenen omklede mededeling aan de cliënt (VZ2013 6.1; VZ2013 6.4).
	VZ64Mededeling
	// VZ64Verzoek: een schriftelijk, met redenen omkleed verzoek aan het zorgkantoor (VZ2013 6.4).
	VZ64Verzoek
	// VZ64Dossier: aan het verzoek is een dossier bijgevoegd (VZ2013 6.4).
	VZ64Dossier
	// VZ64Waarschuwing: de cliënt is vóór het verzoek ten minste eenmaal schriftelijk gewaarschuwd (VZ2013 6.4).
	VZ64Waarschuwing
	// VZ64Multidisciplinair: de casus is vóór het verzoek met andere disciplines besproken (VZ2013 6.4).
	VZ64Multidisciplinair
	// VZ64Continuiteit: aan het verzoek is een voorstel voor de continuïteit van de zorg toegevoegd (VZ2013 6.4).
	VZ64Continuiteit
	// VZ64Wederhoor: het zorgkantoor hoort de cliënt vóór zijn besluit (VZ2013 6.4).
	VZ64Wederhoor
	// VZ64Besluit: het zorgkantoor besluit binnen 1 week (zorgweigering) of 3 weken (stopzetting) na ontvangst (VZ2013 6.4).
	VZ64Besluit
	// VZ64BesluitAanClient: de zorgaanbieder brengt de cliënt op de hoogte van het besluit (VZ2013 6.4).
	VZ64BesluitAanClient
	// VZ64Beslissing: de beslissing over stopzetting ligt bij het zorgkantoor (VZ2013 6.4).
	VZ64Beslissing
	// VZ64Bezwaar: bezwaar binnen 6 weken na de formele beslissing (VZ2013 6.4).
	VZ64Bezwaar
	// VZ64Publiciteit: partijen treden niet in de publiciteit (VZ2013 6.4).
	VZ64Publiciteit
	// VZ54: bij een wisseling van dossierhouder wordt de overbruggingszorg niet ingetrokken (VZ2013 5.4).
	VZ54
	// VZBijlageAReguliereZorg: reguliere zorg is de geïndiceerde zorg (of vanaf iWlz 2.0 een instellingseigen ZZP dat de vertaaltabel ervoor toestaat), met ten hoogste de geïndiceerde klasse, geleverd door de voorkeuraanbieder (VZ2013 Bijlage A (Reguliere zorg; Dossierhouder); VZ2013 4.3.2; VZ2013 Bijlage E; CZ-AAT).
	VZBijlageAReguliereZorg
	// VZBijlageATransferzorg: transferzorg is altijd het geïndiceerde ZZP (VZ2013 Bijlage A (Transferzorg)).
	VZBijlageATransferzorg
	// VZBijlageC: kortdurend verblijf volgt een van de werkwijzen A-G (VZ2013 Bijlage C).
	VZBijlageC
	// VZBijlageCWerkwijzeA: werkwijze A: MAZ, MUT20 per verblijf en MUT19 aan het eind (VZ2013 Bijlage C werkwijze A).
	VZBijlageCWerkwijzeA
	// VZBijlageCWerkwijzeE: werkwijze E: geen VBKD in overbrugging naast PGB (VZ2013 Bijlage C werkwijze E).
	VZBijlageCWerkwijzeE
	// VZBijlageCWerkwijzeF: werkwijze F: kortdurend verblijf ten hoogste 3 etmalen per week; geen VBKD met PGB in een alternatief arrangement (VZ2013 Bijlage C werkwijze F).
	VZBijlageCWerkwijzeF
	// VZBijlageCWerkwijzeG: werkwijze G: verblijf is ten minste 4 etmalen per week (VZ2013 Bijlage C werkwijze G).
	VZBijlageCWerkwijzeG
	// VZBijlageD: de mutatie past bij een rij van Bijlage D (VZ2013 Bijlage D).
	VZBijlageD
	// VZBijlageDMUT21: na een MUT12 of MUT18 geen MUT21 (VZ2013 Bijlage D (MUT21)).
	VZBijlageDMUT21
	// VZE6a: een vertaling die geen regel toestaat is niet toegestaan (VZ2013 Bijlage E punt 6a).
	VZE6a
	// VZE6b: het alternatief mag niet meer kosten (VZ2013 Bijlage E punt 6b).
	VZE6b
	// VZE6c: (SG)LVG niet vertalen naar VG, MPT of VPT (vanaf 2019) (VZ2013 Bijlage E punt 6c).
	VZE6c
	// VZE7a: Bijlage E punt 7a (VZ2013 Bijlage E punt 7a).
	VZE7a
	// VZE7b: niet van een ZZP naar VV 9b of VV10 (VZ2013 Bijlage E punt 7b).
	VZE7b
	// VZE7c: Bijlage E punt 7c (VZ2013 Bijlage E punt 7c).
	VZE7c
	// VZE7d: Bijlage E punt 7d (VZ2013 Bijlage E punt 7d).
	VZE7d
	// VZE7e: Bijlage E punt 7e (VZ2013 Bijlage E punt 7e).
	VZE7e
	// VZE8a: Bijlage E punt 8a (VZ2013 Bijlage E punt 8a).
	VZE8a
	// VZE8b: tijdelijke vertaling, behandeling alleen met aparte afspraak (VZ2013 Bijlage E punt 8b).
	VZE8b
	// VZE9a: vertaling binnen de sector (VZ2013 Bijlage E punt 9a).
	VZE9a
	// VZE9b: VV 9b naar het vervolg-ZZP of het vorige ZZP (VZ2013 Bijlage E punt 9b).
	VZE9b
	// VZE9c: vanuit GGZ-B, VV10, ZGaud en ZGvis (VZ2013 Bijlage E punt 9c).
	VZE9c
	// VZE9d: dagbesteding naar VV tegen het tarief zonder dagbesteding (VZ2013 Bijlage E punt 9d).
	VZE9d
	// Vertaaltabel: de vertaaltabel en de regels van Bijlage E zijn het eens (VZ2013 Bijlage E (de vertaaltabel van het jaar)).
	Vertaaltabel
	// ZKMUT17: MUT17 alleen als de nieuwe dossierhouder aansluitend zorg levert (ZK-dossierhouderschap (Dossierhouderschap)).
	ZKMUT17
	// TR069: een gevulde begindatum is die van de actuele melding aanvang zorg op of voor de mutatiedatum (iWlz-IM 2.2 TR069).
	TR069
	// Gesloten: na een sluitende mutatie (MUT02, MUT12 einde zorgvraag, MUT17, MUT19, MUT21) volgt op die toewijzing geen melding of mutatie meer (VZ2013 Bijlage D (MUT17: er is wel een MAZ aanwezig maar nog geen MUT; MUT19: zorgtoewijzing gesloten); CZ-AW39).
	Gesloten
	// ZZExtraOverbrugging: toeslag extra overbruggingszorg alleen bij Urgent of Actief plaatsen (ZZ-brochure-verwijzers (Extra overbruggingszorg)).
	ZZExtraOverbrugging
	// Logeeropvang: logeeropvang is ten hoogste 3 etmalen per week, bij VPT, MPT of PGB (MLZ-kortdurend-verblijf; Rlz 2015 art. 1.1).
	Logeeropvang
	// Omzettingstabel: de omzettingstabel heeft één rij per ZZP (Rlz 2015 Bijlage C (omzettingstabel)).
	Omzettingstabel
	// Tarieven: er is een tarief per gebruikte functie, niet negatief (Library (tarieven van de gebruiker)).
	Tarieven
	// KlasseFunctie: de functie kent deze klasse (iWlz-codelijsten COD756; Rlz 2015 Bijlage E).
	KlasseFunctie
	// COD001: een code van COD001 Zorgkantoor, geldig in de release en op de datum van het element (iWlz-codelijsten COD001).
	COD001
	// COD163: een code van COD163 Zorgzwaartepakket, geldig in de release en op de datum van het element (iWlz-codelijsten COD163).
	COD163
	// COD165: een code van COD165 Soort toewijzing, geldig in de release en op de datum van het element (iWlz-codelijsten COD165).
	COD165
	// COD167: een code van COD167 Leveringsstatus, geldig in de release en op de datum van het element (iWlz-codelijsten COD167).
	COD167
	// COD168: een code van COD168 Classificatie leveringsstatus, geldig in de release en op de datum van het element (iWlz-codelijsten COD168).
	COD168
	// COD172: een code van COD172 Reden intrekking, geldig in de release en op de datum van het element (iWlz-codelijsten COD172).
	COD172
	// COD260: een code van COD260 Ja/Nee, geldig in de release en op de datum van het element (iWlz-codelijsten COD260).
	COD260
	// COD578: een code van COD578 Leveringsvorm, geldig in de release en op de datum van het element (iWlz-codelijsten COD578).
	COD578
	// COD588: een code van COD588 Mutatiecode, geldig in de release en op de datum van het element (iWlz-codelijsten COD588).
	COD588
	// COD732: een code van COD732 Functie, geldig in de release en op de datum van het element (iWlz-codelijsten COD732).
	COD732
	// COD736: een code van COD736 Grondslag, geldig in de release en op de datum van het element (iWlz-codelijsten COD736).
	COD736
	// COD755: een code van COD755 Etmalen, geldig in de release en op de datum van het element (iWlz-codelijsten COD755).
	COD755
	// COD756: een code van COD756 Klasse, geldig in de release en op de datum van het element (iWlz-codelijsten COD756).
	COD756
	// COD981: een code van COD981 Extra kosten thuis, geldig in de release en op de datum van het element (iWlz-codelijsten COD981).
	COD981
	// COD982: een code van COD982 Toeslag beademing, geldig in de release en op de datum van het element (iWlz-codelijsten COD982).
	COD982
	// COD983: een code van COD983 Toeslag overig, geldig in de release en op de datum van het element (iWlz-codelijsten COD983).
	COD983
	// COD999: een code van COD999 Voorkeur cliënt, geldig in de release en op de datum van het element (iWlz-codelijsten COD999).
	COD999
	// CD005: als Postcode gevuld is, dan verplicht vullen, anders leeg laten (iWlz-XSLT 2.2 CD005).
	CD005
	// CD007: als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen, anders leeglaten (iWlz-XSLT 2.2 CD007).
	CD007
	// CD009: alleen als Soort adres de waarde 04 (tijdelijk adres) heeft, is vullen toegestaan (iWlz-XSLT 2.2 CD009).
	CD009
	// CD016: als Soort relatie een waarde ongelijk 12 (partner) heeft, dan verplicht vullen (iWlz-XSLT 2.2 CD016).
	CD016
	// CD017: als Soort relatie de waarde 12 (partner) heeft, dan verplicht vullen (iWlz-XSLT 2.2 CD017).
	CD017
	// CD022: als Functiecode de waarde 64 (BH-GRP) of 82 (BG-GRP) heeft, dan verplicht vullen, anders leeg laten (iWlz-XSLT 2.2 CD022; functies en klasse vervallen in 2.4 (iWlz-codelijsten COD732, COD756)).
	CD022
	// CD025: als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen (iWlz-XSLT 2.2 CD025).
	CD025
	// CD034: als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan verplicht vullen (iWlz-XSLT 2.2 CD034).
	CD034
	// CD047: als Doelmatig de waarde 2 (Nee) heeft, dan BijzondereSituatie verplicht vullen (iWlz-XSLT 2.2 CD047).
	CD047
	// CD048: als ExtraKostenThuis en ToeslagBeademing niet gevuld zijn, dan verplicht vullen, anders leeg laten (iWlz-XSLT 2.2 CD048).
	CD048
	// CD070: als WzdVerklaring de waarde 1 (Opname op basis van artikel 21 is aan de orde) bevat, dan verplicht vullen, anders leeg laten (iWlz-XSLT 2.2 CD070).
	CD070
	// CD074: als leveringsvorm de waarde 7 (MPT) of 8 (DTV) heeft, dan verplicht vullen, anders leeg laten (iWlz-XSLT 2.2 CD074).
	CD074
	// CS002: de waarde moet voldoen aan de 11-proef (iWlz-XSLT 2.2 CS002).
	CS002
	// CS012: vullen conform opgegeven codelijst (iWlz-XSLT 2.2 CS012).
	CS012
	// CS014: vullen met een waarde die hoort bij de waarde van Diagnosecodelijst (iWlz-XSLT 2.2 CS014).
	CS014
	// CS035: 3 (gescheiden) en 6 (gescheiden geregistreerd partner) niet vullen (iWlz-XSLT 2.2 CS035).
	CS035
	// CS050: als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4. Anders waarde 1 vullen (iWlz-XSLT 2.2 CS050).
	CS050
	// CS058: 1 (eerste aanlevering) of 3 (verwijderen aanlevering) vullen (iWlz-XSLT 2.2 CS058).
	CS058
	// CS062: 4 (In zorg) vullen (iWlz-XSLT 2.2 CS062).
	CS062
	// CS069: eerste twee posities moet de waarde 01 (huisartsen) bevatten (iWlz-XSLT 2.2 CS069).
	CS069
	// CS089: als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met dat van een Nederlandse postcode (iWlz-XSLT 2.2 CS089).
	CS089
	// CS092: vullen met een datum die groter is dan, of gelijk is aan de Ingangsdatum (iWlz-XSLT 2.2 CS092).
	CS092
	// CS107: 1 (vervoer nodig) of 2 (vervoer niet nodig) vullen (iWlz-XSLT 2.2 CS107; functies en klasse vervallen in 2.4 (iWlz-codelijsten COD732, COD756)).
	CS107
	// CS113: 1 (CIZ indicatie) of 4 (Experimenten) vullen (iWlz-XSLT 2.2 CS113).
	CS113
	// CS123: 25 (Wijkcoach) niet vullen (iWlz-XSLT 2.2 CS123).
	CS123
	// TR002: geboortedatum mag niet meer dan 120 jaar voor de Dagtekening liggen, tenzij Geboortedatum onbekend is (iWlz-XSLT 2.2 TR002).
	TR002
	// TR004: als er een huishouden met partner is, moet de partner als relatie worden opgenomen (iWlz-XSLT 2.2 TR004).
	TR004
	// TR005: als Afgiftedatum in de Indicatie groter is dan 1 maart 2007 en Soort van de Relatie de waarde 12 (partner) heeft, dan moeten in het Adres Huisnummer en Postcode gevuld zijn (iWlz-XSLT 2.2 TR005).
	TR005
	// TR006: de berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis en Postcode bevatten (iWlz-XSLT 2.2 TR006).
	TR006
	// TR008: de Klasse moet horen bij de betreffende FunctieCode (iWlz-XSLT 2.2 TR008; iWlz-codelijsten COD910 (CS135 vanaf 2.3); functies en klasse vervallen in 2.4 (iWlz-codelijsten COD732, COD756)).
	TR008
	// TR021: voor iedere client geldt dat er minimaal één toegewezen zorgeenheid moet zijn waarbij Instelling hoort bij Ontvanger (iWlz-XSLT 2.2 TR021).
	TR021
	// TR037: bij een Indicatie komt in ieder geval één zorgeenheid (GeindiceerdeFunctie of GeindiceerdZorgzwaartepakket) voor (iWlz-XSLT 2.2 TR037).
	TR037
	// TR039: bij een Client in een AW35 komt in ieder geval één geleverde zorgeenheid (GeleverdeFunctie of GeleverdZorgzwaartepakket) voor (iWlz-XSLT 2.2 TR039).
	TR039
	// TR040: bij een Client in een AW39 komt in ieder geval één mutatie (MutatieFunctie of MutatieZorgzwaartepakket) of één Aanvraag voor (iWlz-XSLT 2.2 TR040).
	TR040
	// TR042: de gebruikte AGB-code moet geldig zijn (iWlz-XSLT 2.2 TR042).
	TR042
	// TR061: bij een Client moet minimaal één Adres voorkomen waarvan Soort de waarde '01' (BRP-adres) of '03' (Verblijfadres) heeft (iWlz-XSLT 2.2 TR061).
	TR061
	// TR064: instelling moet overeenkomen met Afzender in de Header of moet (indien de verzendende partij een zorgkantoor is) conform de iWlz-AGB-codelijst horen bij Afzender (iWlz-XSLT 2.2 TR064).
	TR064
	// TR097: voor een Geboortedatum geldt dat DatumGebruik en Datum met elkaar in overeenstemming moeten zijn (iWlz-XSLT 2.2 TR097; iWlz-codelijsten COD910 (CS139 vanaf 2.3)).
	TR097
	// TR100: ontvanger moet conform de iWlz-AGB-codelijst horen bij Afzender (iWlz-XSLT 2.2 TR100).
	TR100
	// TR101: binnen een bestand zijn dubbele regels niet toegestaan (iWlz-XSLT 2.2 TR101).
	TR101
)

// The later ids of renamed rules (iWlz-codelijsten COD910, release 2.3):
// the same registry rows under the id a 2.3 or later message carries.
const (
	TR134 = CS023
	CS136 = TR018
	CD092 = TR010
	CD093 = TR034
	TR132 = CD029
	CS140 = TR119
	CS137 = TR046
	CD094 = TR066
	CS135 = TR008
	CS139 = TR097
)

var ruleRows = [...]RuleInfo{
	{},
	InputMissing: {Key: "missing", Kind: KindInput, From: VZ2013, Peildatum: PeilGeen,
		Source: "Library", Message: "een verplicht veld ontbreekt"},
	InputUnreadable: {Key: "unreadable", Kind: KindInput, From: VZ2013, Peildatum: PeilGeen,
		Source: "Library", Message: "de tekst is geen geldige waarde"},
	InputRange: {Key: "range", Kind: KindInput, From: VZ2013, Peildatum: PeilGeen,
		Source: "Library", Message: "de waarde ligt buiten het toegestane bereik"},
	InputOption: {Key: "option", Kind: KindInput, From: VZ2013, Peildatum: PeilGeen,
		Source: "Library", Message: "een optie of argument is ongeldig (release, kalender, tabel)"},
	InputZeroDate: {Key: "zero-date", Kind: KindInput, From: VZ2013, Peildatum: PeilGeen,
		Source: "Library", Message: "een datum is verplicht"},
	InputInvalidDate: {Key: "invalid-date", Kind: KindInput, From: VZ2013, Peildatum: PeilGeen,
		Source: "Library", Message: "de dag bestaat niet"},
	InputSyntax: {Key: "syntax", Kind: KindInput, From: VZ2013, Peildatum: PeilGeen,
		Source: "Library", Message: "geen datum van de vorm JJJJ-MM-DD"},
	InputOutOfRange: {Key: "out-of-range", Kind: KindInput, From: VZ2013, Peildatum: PeilGeen,
		Source: "Library", Message: "de datum ligt buiten de jaren waarvoor de werkdagkalender gegevens heeft"},
	InputTermijn: {Key: "invalid-termijn", Kind: KindInput, From: VZ2013, Peildatum: PeilGeen,
		Source: "Library", Message: "onbekende termijn of eenheid"},
	XSD: {Key: "XSD", Kind: KindIWlz, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-XSD 2.2", Message: "het bericht volgt het XSD-schema niet (element ontbreekt, komt te vaak voor of heeft een ongeldig formaat)"},
	AGB: {Key: "AGB", Kind: KindIWlz, From: VZ2013, Peildatum: PeilGeen,
		Source: "iWlz-XSD 2.2 Basisschema LDT_iWlzAgbCode", Message: "een AGB-code heeft 8 cijfers"},
	LDTBesluitnummer: {Key: "LDT_Besluitnummer", Kind: KindIWlz, From: VZ2013, Peildatum: PeilGeen,
		Source: "iWlz-XSD 2.2 Basisschema LDT_Besluitnummer", Message: "een besluitnummer ligt tussen 1 en 999999999"},
	CS003: {Key: "CS003", Kind: KindIWlz, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS003", Message: "de einddatum moet op of na de ingangsdatum liggen"},
	CS023: {Key: "CS023", Kind: KindIWlz, From: VZ2013, Renames: []Rename{{IWlz23, "TR134"}}, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS023; iWlz-codelijsten COD910 (TR134 vanaf 2.3)", Message: "een datum mag niet na de dagtekening van het bericht liggen"},
	TR014: {Key: "TR014", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR014", Message: "de einddatum van het besluit is de laatste einddatum van de zorgeenheden"},
	TR015: {Key: "TR015", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR015", Message: "de ingangsdatum van het besluit is de vroegste ingangsdatum van de zorgeenheden"},
	TR016: {Key: "TR016", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR016", Message: "de toewijzing ligt geheel binnen het indicatiebesluit"},
	TR017: {Key: "TR017", Kind: KindIWlz, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 TR017", Message: "begindatum en sleuteldatum van de melding aanvang zorg liggen binnen de toewijzing"},
	CS088: {Key: "CS088", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS088", Message: "de sleuteldatum ligt voor de begindatum"},
	CD004: {Key: "CD004", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD004", Message: "een sleuteldatum alleen bij leveringsvorm verblijf"},
	OP044: {Key: "OP044", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 OP044", Message: "de sleuteldatum ligt ten hoogste 14 dagen voor de begindatum"},
	TR129: {Key: "TR129", Kind: KindIWlz, From: IWlz22, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR129", Message: "behandeling dan en slechts dan als de leveringsvorm verblijf is en de toewijzing opname Ja heeft"},
	TR018: {Key: "TR018", Kind: KindIWlz, From: VZ2013, Renames: []Rename{{IWlz23, "CS136"}}, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 TR018; iWlz-codelijsten COD910 (CS136 vanaf 2.3)", Message: "de mutatiedatum ligt niet voor de begindatum"},
	TR019: {Key: "TR019", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 TR019", Message: "de mutatie hoort bij een toewijzing"},
	TR020: {Key: "TR020", Kind: KindIWlz, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 TR020", Message: "de mutatiedatum ligt niet na de einddatum van de toewijzing"},
	TR124: {Key: "TR124", Kind: KindIWlz, From: IWlz21, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR124; iWlz-IM 2.2 OP340", Message: "deeltijdverblijf gaat niet eerder in dan 2020-01-01"},
	TR035: {Key: "TR035", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR035", Message: "herhaalde geïndiceerde zorgeenheden in één besluit overlappen niet"},
	TR057: {Key: "TR057", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR057", Message: "herhaalde geïndiceerde ZZP's in één besluit overlappen niet"},
	TR010: {Key: "TR010", Kind: KindIWlz, From: IWlz20, Renames: []Rename{{IWlz23, "CD092"}}, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR010; iWlz-codelijsten COD910 (CD092 vanaf 2.3)", Message: "een opslag alleen bij de hoogste klasse"},
	TR034: {Key: "TR034", Kind: KindIWlz, From: IWlz20, Renames: []Rename{{IWlz23, "CD093"}}, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR034; iWlz-codelijsten COD910 (CD093 vanaf 2.3)", Message: "geen opslag bij functie 71 verblijf tijdelijk"},
	CD029: {Key: "CD029", Kind: KindIWlz, From: IWlz20, Renames: []Rename{{IWlz23, "TR132"}}, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD029; iWlz-codelijsten COD910 (TR132 vanaf 2.3)", Message: "de grondslag is verplicht, behalve bij een negatief besluit of alleen ZZP 999"},
	OP021: {Key: "OP021", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 OP021", Message: "een nieuw besluit beëindigt het vorige; een negatief besluit gaat in op de dag na afgifte"},
	CD040: {Key: "CD040", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD040", Message: "instelling en toewijzingspercentage zijn gevuld dan en slechts dan als de leveringsvorm geen PGB is"},
	CD050: {Key: "CD050", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD050", Message: "coördinator zorg thuis dan en slechts dan als de leveringsvorm MPT is"},
	CD051: {Key: "CD051", Kind: KindIWlz, From: IWlz20, Until: IWlz24, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD051; iWlz-codelijsten (COD756 niet in 2.4)", Message: "klasse dan en slechts dan als de leveringsvorm verblijf of VPT is"},
	CD052: {Key: "CD052", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD052", Message: "opname dan en slechts dan als de leveringsvorm verblijf of DTV is"},
	CD072: {Key: "CD072", Kind: KindIWlz, From: IWlz21, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD072", Message: "etmalen dan en slechts dan als de leveringsvorm DTV is"},
	CD073: {Key: "CD073", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD073", Message: "dossierhouder dan en slechts dan als de leveringsvorm verblijf, VPT of DTV is"},
	CS074: {Key: "CS074", Kind: KindIWlz, From: VZ2013, Until: IWlz24, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS074", Message: "de klasse van een ZZP is KE4, KE5, KE6 of KE7"},
	CS132: {Key: "CS132", Kind: KindIWlz, From: IWlz22, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS132", Message: "leveringsvorm 9 (verkeerde bed) niet in een zorgtoewijzing"},
	TR119: {Key: "TR119", Kind: KindIWlz, From: IWlz20, Renames: []Rename{{IWlz23, "CS140"}}, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR119; iWlz-codelijsten COD910 (CS140 vanaf 2.3)", Message: "een administratieve toewijzing heeft opname Ja als die gevuld is"},
	CS130: {Key: "CS130", Kind: KindIWlz, From: VZ2013, Peildatum: PeilGeen,
		Source: "iWlz-XSLT 2.2 CS130; iWlz-XSD 2.2 LDT_Percentage", Message: "een percentage is een geheel aantal procenten"},
	CS072: {Key: "CS072", Kind: KindIWlz, From: IWlz20, Until: IWlz24, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS072", Message: "een functie wordt niet administratief toegewezen"},
	TR082: {Key: "TR082", Kind: KindIWlz, From: IWlz20, Until: IWlz24, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR082", Message: "ADL-assistentie wordt alleen regulier toegewezen"},
	TR106: {Key: "TR106", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR106", Message: "dezelfde zorgeenheid, leveringsvorm en soort voor dezelfde aanbieder overlappen niet"},
	TR120: {Key: "TR120", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR120; iWlz-IM 2.2 OP324", Message: "per ingangsdatum en soort ten hoogste één verblijf met opname Ja"},
	TR127: {Key: "TR127", Kind: KindIWlz, From: IWlz21, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR127", Message: "elke dag van een DTV-periode heeft precies één aanbieder met opname Ja"},
	TR077: {Key: "TR077", Kind: KindIWlz, From: IWlz20, Until: IWlz24, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR077; iWlz-IM 2.2 OP319", Message: "gelijke toegewezen functies overlappen ten hoogste één dag"},
	OP162: {Key: "OP162", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 OP162", Message: "de dossierhouder is de aanbieder van de reguliere verblijf-, VPT- of DTV-toewijzing, in die periode"},
	OP329: {Key: "OP329", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 OP329", Message: "de coördinator zorg thuis is de aanbieder van de MPT-toewijzing, in die periode"},
	TR107: {Key: "TR107", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 TR107; iWlz-IM 2.2 OP317", Message: "alleen de dossierhouder of coördinator zorg thuis met een toewijzing op het besluit vraagt een aangepaste toewijzing aan"},
	RFC24016: {Key: "RFC24016", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-Bemiddelingsregister CHANGELOG RFC 24016", Message: "twee dossierhouders of coördinatoren zorg thuis overlappen ten hoogste één dag"},
	TR046: {Key: "TR046", Kind: KindIWlz, From: IWlz20, Renames: []Rename{{IWlz23, "CS137"}}, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR046; iWlz-codelijsten COD910 (CS137 vanaf 2.3)", Message: "de leveringsstatus past bij de mutatiecode"},
	TR066: {Key: "TR066", Kind: KindIWlz, From: IWlz20, Renames: []Rename{{IWlz23, "CD094"}}, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR066; iWlz-codelijsten COD910 (CD094 vanaf 2.3)", Message: "begindatum dan en slechts dan als de mutatiecode 17, 19 of 20 is"},
	TR073: {Key: "TR073", Kind: KindIWlz, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.4 ZK39 Mutatiecode TR073", Message: "MUT12, MUT18 en MUT21 alleen op een reguliere toewijzing"},
	TR078: {Key: "TR078", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.4 ZK39 Mutatiecode TR078", Message: "MUT12, MUT18 en MUT21 niet na een melding aanvang zorg, tenzij na een MUT20"},
	TR041: {Key: "TR041", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR041", Message: "een mutatie samen met een aanvraag is MUT12, MUT18 of MUT19"},
	IV101: {Key: "IV101", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.4 ZK39 Mutatiecode IV101", Message: "MUT17, MUT19 en MUT20 niet voor de ingangsdatum van de toewijzing"},
	OP161: {Key: "OP161", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 OP161", Message: "een overdracht (MUT21) alleen regulier en voordat de levering (opnieuw) start"},
	CD020: {Key: "CD020", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD020", Message: "instelling bestemming dan en slechts dan als de mutatiecode 17 of 21 is"},
	CS127: {Key: "CS127", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS127", Message: "een melding of mutatie gaat niet over PGB of verkeerde bed"},
	CD090: {Key: "CD090", Kind: KindIWlz, From: IWlz22, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD090", Message: "een classificatie dan en slechts dan als de leveringsstatus 2, 3, 6 of 7 is"},
	CS131: {Key: "CS131", Kind: KindIWlz, From: IWlz22, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS131", Message: "de classificatie hoort bij de leveringsstatus"},
	CS133: {Key: "CS133", Kind: KindIWlz, From: IWlz22, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS133", Message: "leveringsstatus 1 (actief wachtend) bestaat niet meer"},
	OP103: {Key: "OP103", Kind: KindIWlz, From: IWlz20, Peildatum: PeilGeen,
		Source: "iWlz-IM 2.2 OP103", Message: "dagen per wachtstatus tellen uit gesorteerde gebeurtenissen"},
	OP182: {Key: "OP182", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 OP182", Message: "overbruggingszorg binnen 5 (of 10) werkdagen na de toewijzingsdatum aanvragen"},
	OP183: {Key: "OP183", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-IM 2.2 OP183", Message: "een tweede termijn overbruggingszorg twee maanden na de start van de eerste"},
	VZ31: {Key: "VZ2013 3.1", Kind: KindVoorschrift, From: VZ2013, Until: IWlz20, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 3.1", Message: "de functies in een ZZP-indicatie zijn informatief en geven geen recht naast het ZZP"},
	VZ33ZZP0: {Key: "VZ2013 3.3 ZZP0", Kind: KindVoorschrift, From: VZ2013, Until: IWlz20, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 3.3 (Partneropname V&V)", Message: "een ZZP (verblijf) samen met reguliere extramurale functies alleen met een toewijzing ZZP0"},
	VZ33Partneropname: {Key: "VZ2013 3.3 partneropname", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 3.3 (Partneropname V&V)", Message: "partneropname (ZZP0) voor de partner van een cliënt met een ZZP op somatische of psychogeriatrische grondslag"},
	VZ33: {Key: "VZ2013 3.3", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 3.3", Message: "verblijf met zorg thuis: 4-7 etmalen, niet boven de klasse"},
	VZ42Punt3: {Key: "VZ2013 4.2 punt 3", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.2 punt 3", Message: "overbruggingszorg past binnen de voorwaarden van 4.2 punt 3"},
	VZ441: {Key: "VZ2013 4.4.1", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.4.1", Message: "regulier budget op het hele indicatiebesluit; aanvraag binnen 5 werkdagen"},
	VZ441Termijn: {Key: "VZ2013 4.4.1 termijn", Kind: KindVoorschrift, From: VZ2013, Severity: Waarschuwing, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.4.1", Message: "uitgangspunt: overbruggingszorg binnen 5 werkdagen na de toewijzing aanvragen"},
	VZ442: {Key: "VZ2013 4.4.2", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.4.2", Message: "overbrugging met uitloop: opname binnen 3 maanden, eenmaal verlengen met 3 maanden"},
	VZ442ExtraBudget: {Key: "VZ2013 4.4.2 extra budget", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.4.2", Message: "extra budget alleen met voorafgaande toestemming"},
	VZ443: {Key: "VZ2013 4.4.3", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.4.3", Message: "VBKD en BH-IND buiten het budget, alleen op eigen aanvraag"},
	VZ443Behandeling: {Key: "VZ2013 4.4.3 behandeling", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.4.3", Message: "behandeling buiten het budget: alle voorwaarden, ten hoogste 6 maanden"},
	VZ443Dagbehandeling: {Key: "VZ2013 4.4.3 dagbehandeling", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.4.3", Message: "alleen de genoemde prestaties dagbehandeling"},
	VZ444: {Key: "VZ2013 4.4.4", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.4.4", Message: "regelzorg, ook met terugwerkende kracht"},
	VZ45: {Key: "VZ2013 4.5", Kind: KindVoorschrift, From: VZ2013, Until: IWlz20, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.5", Message: "het VPT vervangt het ZZP en dient niet ter overbrugging"},
	VZ46: {Key: "VZ2013 4.6", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.6", Message: "PTZ zonder verblijf: omzetting van ZZP VV10 naar thuis of hospice, ten hoogste 3 maanden met eenmaal verlenging van ten hoogste 3 maanden"},
	VZ46Dossierhouder: {Key: "VZ2013 4.6 dossierhouder", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.6", Message: "de omzetting van ZZP VV10 naar PTZ zonder verblijf vraagt de dossierhouder aan"},
	VZ47: {Key: "VZ2013 4.7", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.7", Message: "ZZP onbepaald: de zorgaanbieder zet een bepaald ZZP in; na opname vraagt een gewijzigde zorgvraag een nieuwe indicatie"},
	VZ48: {Key: "VZ2013 4.8", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 4.8", Message: "een administratieve toewijzing ten hoogste voor de duur van het besluit"},
	VZ52: {Key: "VZ2013 5.2", Kind: KindVoorschrift, From: VZ2013, Until: IWlz20, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 5.2", Message: "de dossierhouder of zorgaanbieder met een toewijzing vraagt een aangepaste toewijzing aan"},
	VZ61: {Key: "VZ2013 6.1", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.1", Message: "zorg weigeren of beëindigen alleen op grond van zwaarwegende redenen"},
	VZ61Continuiteit: {Key: "VZ2013 6.1 continuiteit", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.1; VZ2013 6.4", Message: "gestarte zorg wordt voortgezet of overgedragen totdat er een definitieve oplossing is"},
	VZ62: {Key: "VZ2013 6.2", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.2", Message: "zorgweigering: vóór de start van de zorg, om een van de redenen van 6.2"},
	VZ63: {Key: "VZ2013 6.3", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.3", Message: "zorgbeëindiging: ingezette zorg stoppen, om een zwaarwegende reden van 6.3"},
	VZ63NietNakomen: {Key: "VZ2013 6.3 niet nakomen", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.3", Message: "niet nakomen van verplichtingen alleen na herhaaldelijk schriftelijk waarschuwen"},
	VZ63Afwegingen: {Key: "VZ2013 6.3 afwegingen", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.3", Message: "de besluitvorming weegt het belang van de groepsbewoners en de rol van de aandoening"},
	VZ64Mededeling: {Key: "VZ2013 6.4 mededeling", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.1; VZ2013 6.4", Message: "tijdige schriftelijke, met redenen omklede mededeling aan de cliënt"},
	VZ64Verzoek: {Key: "VZ2013 6.4 verzoek", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.4", Message: "een schriftelijk, met redenen omkleed verzoek aan het zorgkantoor"},
	VZ64Dossier: {Key: "VZ2013 6.4 dossier", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.4", Message: "aan het verzoek is een dossier bijgevoegd"},
	VZ64Waarschuwing: {Key: "VZ2013 6.4 waarschuwing", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.4", Message: "de cliënt is vóór het verzoek ten minste eenmaal schriftelijk gewaarschuwd"},
	VZ64Multidisciplinair: {Key: "VZ2013 6.4 multidisciplinair", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.4", Message: "de casus is vóór het verzoek met andere disciplines besproken"},
	VZ64Continuiteit: {Key: "VZ2013 6.4 continuiteit", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.4", Message: "aan het verzoek is een voorstel voor de continuïteit van de zorg toegevoegd"},
	VZ64Wederhoor: {Key: "VZ2013 6.4 wederhoor", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.4", Message: "het zorgkantoor hoort de cliënt vóór zijn besluit"},
	VZ64Besluit: {Key: "VZ2013 6.4 besluit", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.4", Message: "het zorgkantoor besluit binnen 1 week (zorgweigering) of 3 weken (stopzetting) na ontvangst"},
	VZ64BesluitAanClient: {Key: "VZ2013 6.4 besluit aan client", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.4", Message: "de zorgaanbieder brengt de cliënt op de hoogte van het besluit"},
	VZ64Beslissing: {Key: "VZ2013 6.4 beslissing", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.4", Message: "de beslissing over stopzetting ligt bij het zorgkantoor"},
	VZ64Bezwaar: {Key: "VZ2013 6.4 bezwaar", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.4", Message: "bezwaar binnen 6 weken na de formele beslissing"},
	VZ64Publiciteit: {Key: "VZ2013 6.4 publiciteit", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "VZ2013 6.4", Message: "partijen treden niet in de publiciteit"},
	VZ54: {Key: "VZ2013 5.4", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilMutatiedatum,
		Source: "VZ2013 5.4", Message: "bij een wisseling van dossierhouder wordt de overbruggingszorg niet ingetrokken"},
	VZBijlageAReguliereZorg: {Key: "VZ2013 Bijlage A Reguliere zorg", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage A (Reguliere zorg; Dossierhouder); VZ2013 4.3.2; VZ2013 Bijlage E; CZ-AAT", Message: "reguliere zorg is de geïndiceerde zorg (of vanaf iWlz 2.0 een instellingseigen ZZP dat de vertaaltabel ervoor toestaat), met ten hoogste de geïndiceerde klasse, geleverd door de voorkeuraanbieder"},
	VZBijlageATransferzorg: {Key: "VZ2013 Bijlage A Transferzorg", Kind: KindVoorschrift, From: VZ2013, Until: IWlz20, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage A (Transferzorg)", Message: "transferzorg is altijd het geïndiceerde ZZP"},
	VZBijlageC: {Key: "VZ2013 Bijlage C", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage C", Message: "kortdurend verblijf volgt een van de werkwijzen A-G"},
	VZBijlageCWerkwijzeA: {Key: "VZ2013 Bijlage C werkwijze A", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage C werkwijze A", Message: "werkwijze A: MAZ, MUT20 per verblijf en MUT19 aan het eind"},
	VZBijlageCWerkwijzeE: {Key: "VZ2013 Bijlage C werkwijze E", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage C werkwijze E", Message: "werkwijze E: geen VBKD in overbrugging naast PGB"},
	VZBijlageCWerkwijzeF: {Key: "VZ2013 Bijlage C werkwijze F", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage C werkwijze F", Message: "werkwijze F: kortdurend verblijf ten hoogste 3 etmalen per week; geen VBKD met PGB in een alternatief arrangement"},
	VZBijlageCWerkwijzeG: {Key: "VZ2013 Bijlage C werkwijze G", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage C werkwijze G", Message: "werkwijze G: verblijf is ten minste 4 etmalen per week"},
	VZBijlageD: {Key: "VZ2013 Bijlage D", Kind: KindVoorschrift, From: VZ2013, Until: IWlz20, Peildatum: PeilMutatiedatum,
		Source: "VZ2013 Bijlage D", Message: "de mutatie past bij een rij van Bijlage D"},
	VZBijlageDMUT21: {Key: "VZ2013 Bijlage D MUT21", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilMutatiedatum,
		Source: "VZ2013 Bijlage D (MUT21)", Message: "na een MUT12 of MUT18 geen MUT21"},
	VZE6a: {Key: "VZ2013 E.6a", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 6a", Message: "een vertaling die geen regel toestaat is niet toegestaan"},
	VZE6b: {Key: "VZ2013 E.6b", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 6b", Message: "het alternatief mag niet meer kosten"},
	VZE6c: {Key: "VZ2013 E.6c", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 6c", Message: "(SG)LVG niet vertalen naar VG, MPT of VPT (vanaf 2019)"},
	VZE7a: {Key: "VZ2013 E.7a", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 7a", Message: "Bijlage E punt 7a"},
	VZE7b: {Key: "VZ2013 E.7b", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 7b", Message: "niet van een ZZP naar VV 9b of VV10"},
	VZE7c: {Key: "VZ2013 E.7c", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 7c", Message: "Bijlage E punt 7c"},
	VZE7d: {Key: "VZ2013 E.7d", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 7d", Message: "Bijlage E punt 7d"},
	VZE7e: {Key: "VZ2013 E.7e", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 7e", Message: "Bijlage E punt 7e"},
	VZE8a: {Key: "VZ2013 E.8a", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 8a", Message: "Bijlage E punt 8a"},
	VZE8b: {Key: "VZ2013 E.8b", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 8b", Message: "tijdelijke vertaling, behandeling alleen met aparte afspraak"},
	VZE9a: {Key: "VZ2013 E.9a", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 9a", Message: "vertaling binnen de sector"},
	VZE9b: {Key: "VZ2013 E.9b", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 9b", Message: "VV 9b naar het vervolg-ZZP of het vorige ZZP"},
	VZE9c: {Key: "VZ2013 E.9c", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 9c", Message: "vanuit GGZ-B, VV10, ZGaud en ZGvis"},
	VZE9d: {Key: "VZ2013 E.9d", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E punt 9d", Message: "dagbesteding naar VV tegen het tarief zonder dagbesteding"},
	Vertaaltabel: {Key: "Vertaaltabel", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilIngangsdatum,
		Source: "VZ2013 Bijlage E (de vertaaltabel van het jaar)", Message: "de vertaaltabel en de regels van Bijlage E zijn het eens"},
	TR069: {Key: "TR069", Kind: KindIWlz, From: IWlz20, Peildatum: PeilMutatiedatum,
		Source: "iWlz-IM 2.2 TR069", Message: "een gevulde begindatum is die van de actuele melding aanvang zorg op of voor de mutatiedatum"},
	Gesloten: {Key: "Toewijzing gesloten", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilMutatiedatum,
		Source: "VZ2013 Bijlage D (MUT17: er is wel een MAZ aanwezig maar nog geen MUT; MUT19: zorgtoewijzing gesloten); CZ-AW39", Message: "na een sluitende mutatie (MUT02, MUT12 einde zorgvraag, MUT17, MUT19, MUT21) volgt op die toewijzing geen melding of mutatie meer"},
	ZKMUT17: {Key: "ZK-dossierhouderschap MUT17", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilMutatiedatum,
		Source: "ZK-dossierhouderschap (Dossierhouderschap)", Message: "MUT17 alleen als de nieuwe dossierhouder aansluitend zorg levert"},
	ZZExtraOverbrugging: {Key: "ZZ-brochure-verwijzers toeslag", Kind: KindVoorschrift, From: IWlz22, Peildatum: PeilDagtekening,
		Source: "ZZ-brochure-verwijzers (Extra overbruggingszorg)", Message: "toeslag extra overbruggingszorg alleen bij Urgent of Actief plaatsen"},
	Logeeropvang: {Key: "Wlz logeeropvang", Kind: KindVoorschrift, From: IWlz20, Peildatum: PeilIngangsdatum,
		Source: "MLZ-kortdurend-verblijf; Rlz 2015 art. 1.1", Message: "logeeropvang is ten hoogste 3 etmalen per week, bij VPT, MPT of PGB"},
	Omzettingstabel: {Key: "Omzettingstabel", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "Rlz 2015 Bijlage C (omzettingstabel)", Message: "de omzettingstabel heeft één rij per ZZP"},
	Tarieven: {Key: "Tarieven", Kind: KindInput, From: VZ2013, Peildatum: PeilGeen,
		Source: "Library (tarieven van de gebruiker)", Message: "er is een tarief per gebruikte functie, niet negatief"},
	KlasseFunctie: {Key: "Klasse", Kind: KindVoorschrift, From: VZ2013, Peildatum: PeilGeen,
		Source: "iWlz-codelijsten COD756; Rlz 2015 Bijlage E", Message: "de functie kent deze klasse"},
	COD001: {Key: "COD001", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD001", Message: "een code van COD001 Zorgkantoor, geldig in de release en op de datum van het element"},
	COD163: {Key: "COD163", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD163", Message: "een code van COD163 Zorgzwaartepakket, geldig in de release en op de datum van het element"},
	COD165: {Key: "COD165", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD165", Message: "een code van COD165 Soort toewijzing, geldig in de release en op de datum van het element"},
	COD167: {Key: "COD167", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD167", Message: "een code van COD167 Leveringsstatus, geldig in de release en op de datum van het element"},
	COD168: {Key: "COD168", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD168", Message: "een code van COD168 Classificatie leveringsstatus, geldig in de release en op de datum van het element"},
	COD172: {Key: "COD172", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD172", Message: "een code van COD172 Reden intrekking, geldig in de release en op de datum van het element"},
	COD260: {Key: "COD260", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD260", Message: "een code van COD260 Ja/Nee, geldig in de release en op de datum van het element"},
	COD578: {Key: "COD578", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD578", Message: "een code van COD578 Leveringsvorm, geldig in de release en op de datum van het element"},
	COD588: {Key: "COD588", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD588", Message: "een code van COD588 Mutatiecode, geldig in de release en op de datum van het element"},
	COD732: {Key: "COD732", Kind: KindCodeList, From: VZ2013, Until: IWlz24, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD732", Message: "een code van COD732 Functie, geldig in de release en op de datum van het element"},
	COD736: {Key: "COD736", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD736", Message: "een code van COD736 Grondslag, geldig in de release en op de datum van het element"},
	COD755: {Key: "COD755", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD755", Message: "een code van COD755 Etmalen, geldig in de release en op de datum van het element"},
	COD756: {Key: "COD756", Kind: KindCodeList, From: VZ2013, Until: IWlz24, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD756", Message: "een code van COD756 Klasse, geldig in de release en op de datum van het element"},
	COD981: {Key: "COD981", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD981", Message: "een code van COD981 Extra kosten thuis, geldig in de release en op de datum van het element"},
	COD982: {Key: "COD982", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD982", Message: "een code van COD982 Toeslag beademing, geldig in de release en op de datum van het element"},
	COD983: {Key: "COD983", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD983", Message: "een code van COD983 Toeslag overig, geldig in de release en op de datum van het element"},
	COD999: {Key: "COD999", Kind: KindCodeList, From: VZ2013, Peildatum: PeilDagtekening,
		Source: "iWlz-codelijsten COD999", Message: "een code van COD999 Voorkeur cliënt, geldig in de release en op de datum van het element"},
	CD005: {Key: "CD005", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD005", Message: "als Postcode gevuld is, dan verplicht vullen, anders leeg laten"},
	CD007: {Key: "CD007", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD007", Message: "als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen, anders leeglaten"},
	CD009: {Key: "CD009", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD009", Message: "alleen als Soort adres de waarde 04 (tijdelijk adres) heeft, is vullen toegestaan"},
	CD016: {Key: "CD016", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD016", Message: "als Soort relatie een waarde ongelijk 12 (partner) heeft, dan verplicht vullen"},
	CD017: {Key: "CD017", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD017", Message: "als Soort relatie de waarde 12 (partner) heeft, dan verplicht vullen"},
	CD022: {Key: "CD022", Kind: KindIWlz, From: IWlz20, Until: IWlz24, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD022; functies en klasse vervallen in 2.4 (iWlz-codelijsten COD732, COD756)", Message: "als Functiecode de waarde 64 (BH-GRP) of 82 (BG-GRP) heeft, dan verplicht vullen, anders leeg laten"},
	CD025: {Key: "CD025", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD025", Message: "als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen"},
	CD034: {Key: "CD034", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD034", Message: "als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan verplicht vullen"},
	CD047: {Key: "CD047", Kind: KindIWlz, From: IWlz22, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD047", Message: "als Doelmatig de waarde 2 (Nee) heeft, dan BijzondereSituatie verplicht vullen"},
	CD048: {Key: "CD048", Kind: KindIWlz, From: IWlz22, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD048", Message: "als ExtraKostenThuis en ToeslagBeademing niet gevuld zijn, dan verplicht vullen, anders leeg laten"},
	CD070: {Key: "CD070", Kind: KindIWlz, From: IWlz21, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD070", Message: "als WzdVerklaring de waarde 1 (Opname op basis van artikel 21 is aan de orde) bevat, dan verplicht vullen, anders leeg laten"},
	CD074: {Key: "CD074", Kind: KindIWlz, From: IWlz22, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CD074", Message: "als leveringsvorm de waarde 7 (MPT) of 8 (DTV) heeft, dan verplicht vullen, anders leeg laten"},
	CS002: {Key: "CS002", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS002", Message: "de waarde moet voldoen aan de 11-proef"},
	CS012: {Key: "CS012", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS012", Message: "vullen conform opgegeven codelijst"},
	CS014: {Key: "CS014", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS014", Message: "vullen met een waarde die hoort bij de waarde van Diagnosecodelijst"},
	CS035: {Key: "CS035", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS035", Message: "3 (gescheiden) en 6 (gescheiden geregistreerd partner) niet vullen"},
	CS050: {Key: "CS050", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS050", Message: "als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4. Anders waarde 1 vullen"},
	CS058: {Key: "CS058", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS058", Message: "1 (eerste aanlevering) of 3 (verwijderen aanlevering) vullen"},
	CS062: {Key: "CS062", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS062", Message: "4 (In zorg) vullen"},
	CS069: {Key: "CS069", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS069", Message: "eerste twee posities moet de waarde 01 (huisartsen) bevatten"},
	CS089: {Key: "CS089", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS089", Message: "als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met dat van een Nederlandse postcode"},
	CS092: {Key: "CS092", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS092", Message: "vullen met een datum die groter is dan, of gelijk is aan de Ingangsdatum"},
	CS107: {Key: "CS107", Kind: KindIWlz, From: IWlz20, Until: IWlz24, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS107; functies en klasse vervallen in 2.4 (iWlz-codelijsten COD732, COD756)", Message: "1 (vervoer nodig) of 2 (vervoer niet nodig) vullen"},
	CS113: {Key: "CS113", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS113", Message: "1 (CIZ indicatie) of 4 (Experimenten) vullen"},
	CS123: {Key: "CS123", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 CS123", Message: "25 (Wijkcoach) niet vullen"},
	TR002: {Key: "TR002", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR002", Message: "geboortedatum mag niet meer dan 120 jaar voor de Dagtekening liggen, tenzij Geboortedatum onbekend is"},
	TR004: {Key: "TR004", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR004", Message: "als er een huishouden met partner is, moet de partner als relatie worden opgenomen"},
	TR005: {Key: "TR005", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR005", Message: "als Afgiftedatum in de Indicatie groter is dan 1 maart 2007 en Soort van de Relatie de waarde 12 (partner) heeft, dan moeten in het Adres Huisnummer en Postcode gevuld zijn"},
	TR006: {Key: "TR006", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR006", Message: "de berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis en Postcode bevatten"},
	TR008: {Key: "TR008", Kind: KindIWlz, From: IWlz20, Renames: []Rename{{IWlz23, "CS135"}}, Until: IWlz24, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR008; iWlz-codelijsten COD910 (CS135 vanaf 2.3); functies en klasse vervallen in 2.4 (iWlz-codelijsten COD732, COD756)", Message: "de Klasse moet horen bij de betreffende FunctieCode"},
	TR021: {Key: "TR021", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR021", Message: "voor iedere client geldt dat er minimaal één toegewezen zorgeenheid moet zijn waarbij Instelling hoort bij Ontvanger"},
	TR037: {Key: "TR037", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR037", Message: "bij een Indicatie komt in ieder geval één zorgeenheid (GeindiceerdeFunctie of GeindiceerdZorgzwaartepakket) voor"},
	TR039: {Key: "TR039", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR039", Message: "bij een Client in een AW35 komt in ieder geval één geleverde zorgeenheid (GeleverdeFunctie of GeleverdZorgzwaartepakket) voor"},
	TR040: {Key: "TR040", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR040", Message: "bij een Client in een AW39 komt in ieder geval één mutatie (MutatieFunctie of MutatieZorgzwaartepakket) of één Aanvraag voor"},
	TR042: {Key: "TR042", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR042", Message: "de gebruikte AGB-code moet geldig zijn"},
	TR061: {Key: "TR061", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR061", Message: "bij een Client moet minimaal één Adres voorkomen waarvan Soort de waarde '01' (BRP-adres) of '03' (Verblijfadres) heeft"},
	TR064: {Key: "TR064", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR064", Message: "instelling moet overeenkomen met Afzender in de Header of moet (indien de verzendende partij een zorgkantoor is) conform de iWlz-AGB-codelijst horen bij Afzender"},
	TR097: {Key: "TR097", Kind: KindIWlz, From: IWlz20, Renames: []Rename{{IWlz23, "CS139"}}, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR097; iWlz-codelijsten COD910 (CS139 vanaf 2.3)", Message: "voor een Geboortedatum geldt dat DatumGebruik en Datum met elkaar in overeenstemming moeten zijn"},
	TR100: {Key: "TR100", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR100", Message: "ontvanger moet conform de iWlz-AGB-codelijst horen bij Afzender"},
	TR101: {Key: "TR101", Kind: KindIWlz, From: IWlz20, Peildatum: PeilDagtekening,
		Source: "iWlz-XSLT 2.2 TR101", Message: "binnen een bestand zijn dubbele regels niet toegestaan"},
}
