"""Name and address pools for the synthetic clinic: a mixed urban practice, accents included,
so search folding ("Zoë" -> "zoe") and prefix spread are exercised as in real use."""

from __future__ import annotations

FAMILY_NAMES: tuple[str, ...] = (
    "Abara", "Adams", "Ahmed", "Alvarez", "Andersen", "Arslan", "Bailey", "Baker", "Banerjee",
    "Becker", "Bergström", "Bianchi", "Bjørnstad", "Brown", "Byrne", "Campbell", "Carter", "Castillo",
    "Chen", "Choi", "Clarke", "Costa", "Cruz", "Dąbrowski", "Davies", "de Groot", "Delgado", "Dubois",
    "Duarte", "Edwards", "Eriksson", "Evans", "Fernández", "Fischer", "Fitzgerald", "Fontaine", "Foster",
    "Fujita", "García", "Gómez", "González", "Gupta", "Haddad", "Hall", "Hansen", "Harris", "Hashemi",
    "Hernández", "Hoang", "Horvat", "Hughes", "Ibrahim", "Ivanova", "Jackson", "Jansen", "Jensen",
    "Johansson", "Johnson", "Jones", "Kaur", "Kelly", "Khan", "Kim", "Kobayashi", "Kowalski", "Kumar",
    "Larsen", "Le", "Lee", "Lefèvre", "Lewis", "Li", "Lin", "Lopez", "Martin", "Martínez", "Mendes",
    "Meyer", "Mitchell", "Moreau", "Morris", "Müller", "Murphy", "Nakamura", "Nascimento", "Nguyen",
    "Novák", "Nowak", "O'Brien", "O'Connor", "Okafor", "Olsen", "Ortiz", "Park", "Patel", "Perez",
    "Petrov", "Pham", "Phillips", "Quinn", "Ramírez", "Reyes", "Richter", "Roberts", "Robinson",
    "Rodríguez", "Rossi", "Russo", "Saito", "Sánchez", "Santos", "Schmidt", "Schneider", "Scott",
    "Shah", "Silva", "Singh", "Smith", "Sokolov", "Suzuki", "Svensson", "Tanaka", "Taylor", "Thomas",
    "Thompson", "Tran", "Turner", "van der Berg", "Vargas", "Vasquez", "Walker", "Wang", "Watanabe",
    "Weber", "White", "Williams", "Wilson", "Wong", "Wright", "Wu", "Yamamoto", "Yang", "Yilmaz",
    "Young", "Zhang", "Zhou", "Zieliński",
)  # fmt: skip

GIVEN_FEMALE: tuple[str, ...] = (
    "Aaliyah", "Agnieszka", "Aiko", "Amara", "Amelia", "Ana", "Anna", "Aoife", "Ayesha", "Beatriz",
    "Camille", "Carmen", "Chiara", "Chloé", "Claire", "Daniela", "Elena", "Elif", "Emily", "Emma",
    "Eva", "Fatima", "Grace", "Hana", "Hannah", "Ingrid", "Isabel", "Jana", "Jessica", "Julia",
    "Karin", "Laura", "Leila", "Lena", "Linh", "Lucía", "Maria", "Mei", "Mia", "Nadia", "Natalia",
    "Nkechi", "Olga", "Olivia", "Priya", "Rachel", "Rosa", "Sakura", "Sara", "Siobhan", "Sofia",
    "Sophie", "Sun-hee", "Valentina", "Wei", "Yasmin", "Yuki", "Zainab", "Zoë", "Zofia",
)  # fmt: skip

GIVEN_MALE: tuple[str, ...] = (
    "Adam", "Ahmed", "Aleksander", "Alejandro", "Andrés", "Arjun", "Ben", "Bogdan", "Carlos", "Chidi",
    "Daniel", "David", "Diego", "Dmitri", "Emeka", "Erik", "Ethan", "Felipe", "François", "Gabriel",
    "Hamza", "Hiroshi", "Hugo", "Ibrahim", "Ivan", "James", "Jamal", "Javier", "Joon", "José",
    "Jürgen", "Kenji", "Kwame", "Lars", "Liam", "Luca", "Lucas", "Marco", "Mateo", "Michael",
    "Minh", "Mohammed", "Noah", "Omar", "Oscar", "Patrick", "Pavel", "Pedro", "Rahul", "Ravi",
    "Samuel", "Santiago", "Sean", "Søren", "Thomas", "Tomasz", "Viktor", "Wei", "Yusuf", "Zhang Wei",
)  # fmt: skip

STREETS: tuple[str, ...] = (
    "Elm Street", "Harbour Road", "Mill Lane", "Oak Avenue", "Station Road", "Rue des Lilas",
    "Park Terrace", "Cedar Court", "Hillside Drive", "Maple Way", "Riverside Walk", "Linden Allee",
)  # fmt: skip

AREA_CODES: tuple[str, ...] = ("503", "971", "360", "541", "206", "425", "415", "212")
