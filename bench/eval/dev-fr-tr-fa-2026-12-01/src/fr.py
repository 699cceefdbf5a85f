# French pairs (illustrative, invented texts).
import unicodedata

from common import P, U, S, T, R, A, D, pair

NB = "\u00a0"   # no-break space
NN = "\u202f"   # narrow no-break (thin) space

PAIRS = []

# ---------------------------------------------------------------- fr-01
old = P(
    "Déclaration conjointe de l'Iran, de la Fédération de Russie et de la Türkiye à l'issue de la 21e réunion internationale sur la Syrie au format d'Astana",
    "Les délégations de la République islamique d'Iran, de la Fédération de Russie et de la République de Türkiye, en leur qualité de pays garants du format d'Astana, réunies à Astana les 24 et 25 janvier 2026 :",
    "1. Ont réaffirmé leur attachement ferme à la souveraineté, à l'indépendance, à l'unité et à l'intégrité territoriale de la République arabe syrienne, ainsi qu'aux buts et principes de la Charte des Nations Unies.",
    "2. Ont fermement condamné les attaques contre les civils et les infrastructures civiles dans la zone de désescalade d'Idleb et ont exhorté toutes les parties à respecter pleinement le régime de cessez-le-feu.",
    "3. Ont exprimé leur préoccupation face à la présence croissante de groupes terroristes dans le nord-ouest de la Syrie et sont convenues de poursuivre leur coopération en vue de les éliminer définitivement.",
    "4. Ont souligné la nécessité de faciliter le retour sûr, digne et volontaire des réfugiés et des personnes déplacées vers leurs lieux de résidence d'origine en Syrie.",
    "5. Ont appelé la communauté internationale à accroître l'aide humanitaire à tous les Syriens, sans discrimination, politisation ni conditions préalables.",
    "6. Ont appelé à la reprise en temps utile des travaux de la commission constitutionnelle à Genève.",
    "7. Se sont félicitées de la libération mutuelle de détenus intervenue en décembre 2025 dans le cadre du groupe de travail et sont convenues de poursuivre ces opérations.",
    "8. Sont convenues de tenir la prochaine réunion internationale sur la Syrie au format d'Astana à Astana au cours du second semestre 2026.",
    "9. Ont exprimé leur sincère gratitude aux autorités de la République du Kazakhstan pour l'accueil de la réunion à Astana.",
)
new = P(
    "Déclaration conjointe de l'Iran, de la Fédération de Russie et de la Türkiye à l'issue de la 22e réunion internationale sur la Syrie au format d'Astana",
    "Les délégations de la République islamique d'Iran, de la Fédération de Russie et de la République de Türkiye, en leur qualité de pays garants du format d'Astana, réunies à Astana les 16 et 17 juin 2026 :",
    "1. Ont réaffirmé leur attachement ferme à la souveraineté, à l'indépendance, à l'unité et à l'intégrité territoriale de la République arabe syrienne, ainsi qu'aux buts et principes de la Charte des Nations Unies.",
    "2. Ont condamné les attaques contre les civils et les infrastructures civiles dans la zone de désescalade d'Idleb et ont exhorté toutes les parties à respecter pleinement le régime de cessez-le-feu.",
    "3. Ont exprimé leur préoccupation face à la présence croissante de groupes terroristes dans le nord-ouest de la Syrie, mais ne sont pas parvenues à s'entendre sur la poursuite de leur coopération en vue de les éliminer définitivement.",
    "4. Ont souligné la nécessité de faciliter, lorsque les conditions le permettront, le retour sûr, digne et volontaire des réfugiés et des personnes déplacées vers leurs lieux de résidence d'origine en Syrie.",
    "5. Ont appelé la communauté internationale à accroître l'aide humanitaire à tous les Syriens, sans discrimination, politisation ni conditions préalables.",
    "6. Ont appelé à la reprise dans les plus brefs délais des travaux de la commission constitutionnelle à Genève.",
    "7. Se sont félicitées de la libération mutuelle de détenus intervenue en décembre 2025 dans le cadre du groupe de travail.",
    "8. Ont décidé de créer un groupe de travail technique sur le déminage des terres agricoles.",
    "9. Sont convenues de tenir la prochaine réunion internationale sur la Syrie au format d'Astana à Téhéran en novembre 2026.",
    "10. Ont exprimé leur sincère gratitude aux autorités de la République du Kazakhstan pour l'accueil de la réunion à Astana.",
)
PAIRS.append(pair(
    "fr-01-reunions-21-22-idleb-refugies", "statement", old, new,
    [
        U("Ont réaffirmé leur attachement ferme à"),
        S("booster", "Ont fermement condamné les attaques contre", "Ont condamné les attaques contre les"),
        U("ont exhorté toutes les parties à"),
        U("Ont exprimé leur préoccupation face à"),
        S("negation", "sont convenues de poursuivre leur coopération", "ne sont pas parvenues à s'entendre"),
        S("condition", "Ont souligné la nécessité de faciliter", "Ont souligné la nécessité de faciliter"),
        U("Ont appelé la communauté internationale à"),
        T("urgency", "Ont appelé à la reprise", "Ont appelé à la reprise"),
        U("Se sont félicitées de la libération mutuelle"),
        D("sont convenues de poursuivre ces opérations"),
        A("Ont décidé de créer un groupe"),
        R("object", "Sont convenues de tenir la prochaine réunion", "Sont convenues de tenir la prochaine réunion"),
        U("Ont exprimé leur sincère gratitude aux autorités"),
    ],
    [
        "Déclaration conjointe de l'Iran, de",
        "en leur qualité de pays garants",
    ],
))

# ---------------------------------------------------------------- fr-02
old = P(
    "Déclaration conjointe des pays garants du format d'Astana à l'issue de la 23e réunion internationale sur la Syrie",
    "Les délégations de la République islamique d'Iran, de la Fédération de Russie et de la République de Türkiye se sont réunies à Astana les 3 et 4 février 2027 et, en leur qualité de garants, ont adopté la présente déclaration :",
    "1. Ont réaffirmé leur engagement indéfectible en faveur de la souveraineté, de l'indépendance, de l'unité et de l'intégrité territoriale de la Syrie.",
    "2. Ont affirmé que les pays garants doivent intensifier leurs consultations sur la sécurité des frontières syriennes.",
    "3. Ont appelé à maintenir le mécanisme d'acheminement de l'aide humanitaire à travers les lignes de front, compte tenu des besoins croissants dans le nord du pays.",
    "4. Ont condamné les violations répétées de l'espace aérien syrien, qui contreviennent au droit international et menacent la stabilité régionale.",
    "5. Ont exhorté les agences des Nations Unies à accroître leur présence sur l'ensemble du territoire syrien, en coordination avec le gouvernement syrien.",
    "6. Sont convenues de poursuivre les échanges de détenus et la recherche des personnes disparues dans le cadre du groupe de travail.",
    "7. Ont pris note des préparatifs de la conférence internationale sur le retour des réfugiés prévue à Damas.",
    "8. Ont exprimé leur préoccupation face à la dégradation de la situation économique en Syrie.",
    "9. Sont convenues de tenir la prochaine réunion internationale au format d'Astana à Astana.",
)
new = P(
    "Déclaration conjointe des pays garants du format d'Astana à l'issue de la 24e réunion internationale sur la Syrie",
    "Les délégations de la République islamique d'Iran, de la Fédération de Russie et de la République de Türkiye se sont réunies à Astana les 9 et 10 juin 2027 et, en leur qualité de garants, ont adopté la présente déclaration :",
    "1. Ont réaffirmé leur engagement indéfectible en faveur de la souveraineté, de l'indépendance, de l'unité et de l'intégrité territoriale de la Syrie.",
    "2. Ont affirmé que les pays garants pourraient envisager d'intensifier leurs consultations sur la sécurité des frontières syriennes.",
    "3. Ont appelé à maintenir et à élargir le mécanisme d'acheminement de l'aide humanitaire à travers les lignes de front, compte tenu des besoins croissants dans le nord du pays.",
    "4. La République de Türkiye a condamné séparément les violations répétées de l'espace aérien syrien, qui contreviennent au droit international et menacent la stabilité régionale. La Fédération de Russie a proposé d'accueillir une réunion d'experts sur le déminage humanitaire.",
    "5. Ont exhorté le Bureau de la coordination des affaires humanitaires à accroître sa présence sur l'ensemble du territoire syrien, en coordination avec le gouvernement syrien.",
    "6. Sont convenues de poursuivre, dans la mesure du possible, les échanges de détenus et la recherche des personnes disparues dans le cadre du groupe de travail.",
    "7. Se sont félicitées des préparatifs de la conférence internationale sur le retour des réfugiés prévue à Damas.",
    "8. Sont convenues de tenir la prochaine réunion internationale au format d'Astana à Astana.",
)
PAIRS.append(pair(
    "fr-02-reunions-23-24-frontieres-aide", "statement", old, new,
    [
        U("Ont réaffirmé leur engagement indéfectible en faveur"),
        S("modality", "Ont affirmé que les pays garants doivent", "Ont affirmé que les pays garants pourraient"),
        T("scope", "Ont appelé à maintenir le mécanisme", "Ont appelé à maintenir et à élargir"),
        S("speaker", "Ont condamné les violations répétées de", "a condamné séparément les violations répétées"),
        A("a proposé d'accueillir une réunion d'experts"),
        R("addressee", "Ont exhorté les agences des Nations Unies", "Ont exhorté le Bureau de la coordination"),
        S("hedge", "Sont convenues de poursuivre les échanges", "Sont convenues de poursuivre, dans la mesure"),
        T("act", "Ont pris note des préparatifs de", "Se sont félicitées des préparatifs de"),
        D("Ont exprimé leur préoccupation face à la"),
        U("Sont convenues de tenir la prochaine réunion"),
    ],
    [
        "Déclaration conjointe des pays garants",
        "ont adopté la présente déclaration",
    ],
))

# ---------------------------------------------------------------- fr-03
old = P(
    "Déclaration conjointe de l'Iran, de la Fédération de Russie et de la Türkiye sur la 25e réunion internationale sur la Syrie au format d'Astana (version publiée le 14 octobre 2027)",
    "Les délégations de la République islamique d'Iran, de la Fédération de Russie et de la République de Türkiye, en leur qualité de garants du format d'Astana, réunies à Astana les 12 et 13 octobre 2027 :",
    "1. Ont réaffirmé leur attachement inébranlable à la souveraineté, à l'indépendance, à l'unité et à l'intégrité territoriale de la République arabe syrienne.",
    "2. Ne sont pas parvenues à s'entendre sur la création d'un mécanisme conjoint de surveillance du cessez-le-feu dans la zone de désescalade d'Idleb. Ont estimé que les pays garants pourraient envisager de renforcer les patrouilles conjointes le long de l'autoroute M4.",
    "3. Ont appelé à rouvrir les points de passage de Saraqeb et de Miznaz lorsque les conditions de sécurité le permettront.",
    "4. Ont demandé la levée immédiate des mesures coercitives unilatérales, contraires au droit international. Ont appelé à la libération de toutes les personnes détenues arbitrairement, y compris les femmes et les enfants.",
    "5. Ont rejeté les tentatives de créer de nouvelles réalités sur le terrain sous prétexte de lutte contre le terrorisme.",
    "6. Sont convenues d'intensifier, le cas échéant, la coopération entre leurs services de sécurité et de renseignement.",
    "7. Ont condamné les attaques de drones contre la base aérienne de Hmeimim. La République islamique d'Iran a appelé à la reconstruction des infrastructures de santé détruites.",
    "8. Ont salué les efforts de l'Envoyé spécial du Secrétaire général pour la Syrie et ont réaffirmé leur disponibilité à coopérer avec lui.",
    "9. Sont convenues de tenir la prochaine réunion internationale au format d'Astana à Téhéran au printemps 2028.",
)
new = P(
    "Déclaration conjointe de l'Iran, de la Fédération de Russie et de la Türkiye sur la 25e réunion internationale sur la Syrie au format d'Astana (version révisée publiée le 16 octobre 2027)",
    "Les délégations de la République islamique d'Iran, de la Fédération de Russie et de la République de Türkiye, en leur qualité de garants du format d'Astana, réunies à Astana les 12 et 13 octobre 2027 :",
    "1. Ont réaffirmé leur attachement inébranlable à la souveraineté, à l'indépendance, à l'unité et à l'intégrité territoriale de la République arabe syrienne.",
    "2. Sont convenues de créer un mécanisme conjoint de surveillance du cessez-le-feu dans la zone de désescalade d'Idleb. Ont estimé que les pays garants doivent renforcer les patrouilles conjointes le long de l'autoroute M4.",
    "3. Ont appelé à rouvrir les points de passage de Saraqeb et de Miznaz.",
    "4. Ont demandé la levée dans les meilleurs délais des mesures coercitives unilatérales, contraires au droit international. Ont appelé à la libération des personnes détenues arbitrairement.",
    "5. Ont rejeté catégoriquement les tentatives de créer de nouvelles réalités sur le terrain sous prétexte de lutte contre le terrorisme.",
    "6. Sont convenues d'intensifier la coopération entre leurs services de sécurité et de renseignement.",
    "7. Ont exprimé leur préoccupation au sujet des attaques de drones contre la base aérienne de Hmeimim. Ont appelé à la reconstruction des infrastructures de santé détruites.",
    "8. Se sont félicitées des efforts de l'Envoyé spécial du Secrétaire général pour la Syrie et ont réaffirmé leur disponibilité à coopérer avec lui.",
    "9. Sont convenues de tenir la prochaine réunion internationale au format d'Astana à Téhéran au printemps 2028.",
)
PAIRS.append(pair(
    "fr-03-reunion-25-version-revisee", "statement", old, new,
    [
        U("Ont réaffirmé leur attachement inébranlable à"),
        T("negation", "Ne sont pas parvenues à s'entendre", "Sont convenues de créer un mécanisme conjoint"),
        T("modality", "Ont estimé que les pays garants pourraient", "Ont estimé que les pays garants doivent"),
        T("condition", "Ont appelé à rouvrir les points", "Ont appelé à rouvrir les points"),
        S("urgency", "Ont demandé la levée immédiate des", "Ont demandé la levée dans les meilleurs"),
        S("scope", "Ont appelé à la libération de toutes", "Ont appelé à la libération des"),
        T("booster", "Ont rejeté les tentatives de créer", "Ont rejeté catégoriquement les tentatives de"),
        T("hedge", "Sont convenues d'intensifier, le cas échéant", "Sont convenues d'intensifier la coopération entre"),
        S("act", "Ont condamné les attaques de drones", "Ont exprimé leur préoccupation au sujet des"),
        T("speaker", "a appelé à la reconstruction des infrastructures", "Ont appelé à la reconstruction des infrastructures"),
        R("act", "Ont salué les efforts de l'Envoyé spécial", "Se sont félicitées des efforts de l'Envoyé"),
        U("ont réaffirmé leur disponibilité à coopérer"),
        U("Sont convenues de tenir la prochaine réunion"),
    ],
    [
        "version publiée le 14 octobre 2027",
        "version révisée publiée le 16 octobre",
        "en leur qualité de garants du",
    ],
))

# ---------------------------------------------------------------- fr-04 (press)
old = P(
    "Syrie : les garants d'Astana condamnent les attaques à Idleb et appellent à relancer le processus politique",
    "ASTANA, 18 mars 2028 (Agence Steppe Info) — Par Camille Dervaux",
    "L'Iran, la Russie et la Türkiye ont conclu mardi à Astana le 26e cycle de pourparlers sur la Syrie, sur fond de regain de tension dans le nord-ouest du pays.",
    f"Dans leur déclaration commune, les trois pays garants «{NB}ont fermement condamné les attaques contre les civils à Idleb{NB}» et ont appelé toutes les parties à respecter le cessez-le-feu, selon le communiqué publié à l'issue des discussions.",
    f"Les garants «{NB}sont convenus de poursuivre les échanges de détenus{NB}», indique le texte, qui évoque également la nécessité de faciliter le retour des réfugiés syriens.",
    f"«{NB}Le Kazakhstan restera une plateforme neutre pour ce dialogue{NB}», a déclaré à la presse le ministre kazakh des Affaires étrangères, Erlan Moukhametov.",
    "Lire aussi : Syrie : à Genève, la commission constitutionnelle toujours dans l'impasse",
    "Les trois pays ont également appelé à la reprise des travaux de la commission constitutionnelle à Genève.",
    "Les délégations sont par ailleurs convenues de tenir la prochaine réunion à Astana en juin, précise le communiqué.",
    f"Interrogé par l'agence, un porte-parole de l'ONU a salué «{NB}un signal encourageant{NB}», tout en appelant à un accès humanitaire sans entraves.",
)
new = P(
    "Syrie : à Astana, les garants s'inquiètent pour Idleb sans s'accorder sur un mécanisme de surveillance",
    "ASTANA, 24 juin 2028 (Agence Steppe Info) — Par Camille Dervaux",
    f"Réunis à Astana, l'Iran, la Russie et la Türkiye ont achevé mercredi le 27e cycle de pourparlers sur la Syrie, dans un climat jugé «{NN}plus tendu{NN}» par plusieurs observateurs.",
    f"Selon le communiqué final, les trois pays «{NN}ont exprimé leur profonde préoccupation face aux attaques contre les civils à Idleb{NN}» et ont appelé toutes les parties à respecter le cessez-le-feu.",
    f"«{NN}Nous avons décidé de prolonger les échanges de détenus jusqu'à la fin de l'année{NN}», a affirmé à la presse le chef de la délégation russe, Andreï Vostrikov. Le texte évoque pour sa part la nécessité de faciliter, lorsque les conditions le permettront, le retour des réfugiés syriens.",
    "Les garants ne sont pas parvenus à s'entendre sur la création d'un mécanisme de surveillance du cessez-le-feu, indique le texte.",
    f"«{NN}Astana restera ouverte à toutes les initiatives de paix{NN}», a assuré le vice-ministre kazakh des Affaires étrangères, Daniyar Seitkali.",
    "Lire aussi : Réfugiés syriens : le HCR s'inquiète d'une baisse des financements",
    "Seule la Türkiye a appelé à la reprise des travaux de la commission constitutionnelle à Genève.",
    "Les délégations sont par ailleurs convenues de tenir la prochaine réunion à Téhéran à l'automne, précise le communiqué.",
)
PAIRS.append(pair(
    "fr-04-depeche-cycles-26-27", "press", old, new,
    [
        S("act", "ont fermement condamné les attaques contre", "ont exprimé leur profonde préoccupation face aux"),
        U("ont appelé toutes les parties à respecter"),
        D("sont convenus de poursuivre les échanges"),
        S("condition", "nécessité de faciliter le retour des réfugiés", "nécessité de faciliter, lorsque les conditions"),
        A("ne sont pas parvenus à s'entendre sur"),
        S("speaker", "ont également appelé à la reprise des", "a appelé à la reprise des travaux"),
        R("object", "sont par ailleurs convenues de tenir la", "sont par ailleurs convenues de tenir la"),
    ],
    [
        "les garants d'Astana condamnent les attaques",
        "Par Camille Dervaux",
        "ont conclu mardi à Astana le",
        "selon le communiqué publié à l'issue",
        "indique le texte, qui évoque également",
        "restera une plateforme neutre pour ce dialogue",
        "a déclaré à la presse le ministre",
        "la commission constitutionnelle toujours dans l'impasse",
        "Lire aussi : Syrie : à Genève",
        "appellent à relancer le processus politique",
        "précise le communiqué",
        "un porte-parole de l'ONU a salué",
        "tout en appelant à un accès humanitaire",
        "les garants s'inquiètent pour Idleb",
        "ont achevé mercredi le 27e cycle",
        "Selon le communiqué final",
        "Nous avons décidé de prolonger les échanges",
        "a affirmé à la presse le chef",
        "Le texte évoque pour sa part",
        "restera ouverte à toutes les initiatives",
        "a assuré le vice-ministre kazakh",
        "le HCR s'inquiète d'une baisse",
        "Lire aussi : Réfugiés syriens",
        "sans s'accorder sur un mécanisme",
        "indique le texte",
    ],
))

# ---------------------------------------------------------------- fr-05 (cosmetic)
old = P(
    "Déclaration conjointe de l’Iran, de la Fédération de Russie et de la Türkiye à l’issue de la 28e réunion internationale sur la Syrie au format d’Astana",
    "Les délégations de la République islamique d’Iran, de la Fédération de Russie et de la République de Türkiye, conduites respectivement par Mehdi Sadeghpour, Alexandre Vostrikov et Kerem Aydınlı, réunies à Astana les 20 et 21 novembre 2028 :",
    "1. Ont réaffirmé leur attachement ferme à la souveraineté, à l’indépendance, à l’unité et à l’intégrité territoriale de la République arabe syrienne.",
    f"2. Ont souligné la nécessité de préserver le régime de la «{NN}zone de désescalade{NN}» d’Idleb et ont condamné toute action qui le mettrait en péril.",
    "3. Ont exhorté la communauté internationale à accroître l’aide humanitaire destinée aux Syriens, conformément au droit international humanitaire.",
    f"4. Se sont félicitées de la libération de 2{NB}000 personnes détenues depuis la 27e réunion et sont convenues de poursuivre les travaux du groupe de travail.",
    "5. Ont appelé à la reprise, dans les plus brefs délais, des travaux de la commission constitutionnelle à Genève.",
    "6. Ont exprimé leur préoccupation quant à l’état des infrastructures hydrauliques dans le nord-est du pays. Sont convenues d’étudier, lorsque les conditions le permettront, des projets communs de réhabilitation.",
    "7. Sont convenues de tenir la 29e réunion internationale sur la Syrie au format d’Astana à Astana en 2029.",
    "8. Ont exprimé leur sincère gratitude aux autorités kazakhes pour l’organisation de la réunion à Astana.",
)


def fr_cosmetic(s):
    """The same text as republished by a site without accents or typographic signs."""
    for a, b in [
        ("à Astana", "à Nour-Soultan"),
        ("Idleb", "Idlib"),
        ("Türkiye", "Turquie"),
        ("Alexandre Vostrikov", "Aleksandr Vostrikov"),
        ("Sadeghpour", "Sadeqpour"),
        ("Aydınlı", "Aydinli"),
        ("28e", "28eme"), ("27e", "27eme"), ("29e", "29eme"),
        (f"2{NB}000", "2000"),
        (f"«{NN}", '"'), (f"{NN}»", '"'),
        ("’", "'"),
    ]:
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


new = fr_cosmetic(old)
snips = [
    "Ont réaffirmé leur attachement ferme à",
    "Ont souligné la nécessité de préserver le",
    "ont condamné toute action qui le mettrait",
    "Ont exhorté la communauté internationale à accroître",
    "Se sont félicitées de la libération de",
    "sont convenues de poursuivre les travaux du",
    "Ont appelé à la reprise",
    "Ont exprimé leur préoccupation quant à l’état",
    "Sont convenues d’étudier, lorsque les conditions",
    "Sont convenues de tenir la 29e",
    "Ont exprimé leur sincère gratitude aux autorités",
]
PAIRS.append(pair(
    "fr-05-reunion-28-sans-accents", "cosmetic", old, new,
    [U(s, fr_cosmetic(s)) for s in snips],
    [
        "Déclaration conjointe de l’Iran, de",
        fr_cosmetic("Déclaration conjointe de l’Iran, de"),
        "conduites respectivement par Mehdi Sadeghpour",
        fr_cosmetic("conduites respectivement par Mehdi Sadeghpour"),
    ],
))
