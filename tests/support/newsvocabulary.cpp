// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "newsvocabulary.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Testing::NewsVocabulary {

WordList::WordList(std::initializer_list<const char *> words)
{
    for (const char *word : words)
        m_words.append(QString::fromUtf8(word));
    double total = 0;
    for (qsizetype k = 0; k < m_words.size(); ++k)
        total += 1.0 / double(k + 1);
    double cumulative = 0;
    qsizetype k = 0;
    for (quint32 slot = 0; slot < TableSize; ++slot) {
        const double position = (slot + 0.5) / TableSize * total;
        while (k + 1 < m_words.size() && cumulative + 1.0 / double(k + 1) < position) {
            cumulative += 1.0 / double(k + 1);
            ++k;
        }
        m_table[slot] = quint16(k);
    }
}

namespace {

const WordList nouns {"government", "council", "plan", "city", "report", "budget", "project",
    "ministry", "policy", "proposal", "agency", "committee", "law", "study", "programme", "network",
    "service", "market", "court", "union", "region", "strategy", "system", "sector", "company",
    "industry", "hospital", "school", "agreement", "investigation", "review", "inquiry", "election",
    "parliament", "coalition", "contract", "scheme", "fund", "tax", "reform", "survey", "board",
    "authority", "operator", "railway", "port", "airport", "bridge", "tunnel", "harbour",
    "university", "regulator", "watchdog", "pipeline", "grid", "reservoir", "district", "county",
    "motorway", "tariff", "subsidy", "levy", "pension", "ordinance", "referendum", "mandate",
    "ceasefire", "summit", "treaty", "audit", "tribunal", "hearing", "ruling", "verdict",
    "petition", "campaign", "festival", "exhibition", "museum", "stadium", "league", "clinic",
    "vaccine", "trial", "laboratory", "satellite", "reactor", "turbine", "battery", "factory",
    "warehouse", "landfill", "wetland", "glacier", "aquifer", "floodplain", "heatwave", "drought"};

const WordList plurals {"residents", "officials", "experts", "workers", "families", "businesses",
    "researchers", "voters", "students", "patients", "councillors", "teachers", "farmers",
    "drivers", "engineers", "analysts", "investors", "tenants", "commuters", "employers",
    "pensioners", "doctors", "nurses", "lawyers", "scientists", "retailers", "landlords",
    "campaigners", "economists", "shareholders", "suppliers", "passengers", "volunteers",
    "migrants", "apprentices", "cyclists", "fishermen", "growers", "hauliers", "midwives",
    "paramedics", "archivists", "beekeepers", "ferrymen", "glaziers"};

const WordList adjectives {"new", "local", "public", "national", "regional", "major", "senior",
    "independent", "economic", "political", "federal", "annual", "recent", "current", "long-term",
    "private", "official", "legal", "financial", "critical", "environmental", "digital", "rural",
    "urban", "international", "controversial", "ambitious", "temporary", "emergency", "joint",
    "municipal", "costly", "delayed", "revised", "preliminary", "cross-party", "low-income",
    "coastal", "upland", "seasonal", "bilateral", "provisional", "landmark", "piecemeal",
    "overdue"};

const WordList verbs {"approved", "rejected", "delayed", "proposed", "launched", "confirmed",
    "introduced", "reviewed", "criticised", "defended", "expanded", "cut", "raised", "extended",
    "published", "signed", "completed", "blocked", "suspended", "funded", "backed", "questioned",
    "welcomed", "challenged", "scrapped", "postponed", "overhauled", "endorsed", "audited",
    "renegotiated", "mothballed", "ratified"};

const WordList bases {"improve", "reduce", "increase", "support", "expand", "protect", "delay",
    "review", "cut", "fund", "change", "address", "affect", "replace", "limit", "strengthen",
    "simplify", "modernise", "restore", "monitor", "reshape", "undermine", "streamline",
    "subsidise", "decarbonise", "ringfence"};

const WordList headlineVerbs {"approves", "rejects", "delays", "backs", "unveils", "halts",
    "expands", "cuts", "extends", "reviews", "scraps", "overhauls", "defends", "questions",
    "postpones"};

const WordList times {"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
    "last week", "this week", "earlier this month", "last month", "this year", "last year",
    "at the weekend", "on Saturday", "on Sunday", "overnight", "in the spring", "in the autumn"};

const WordList places {"Berlin", "Hamburg", "Munich", "Leipzig", "Cologne", "Frankfurt", "Dresden",
    "Bremen", "Hanover", "Stuttgart", "Nuremberg", "Rostock", "Kiel", "Potsdam", "Freiburg",
    "Mainz", "Erfurt", "Magdeburg", "Bonn", "Lübeck", "Münster", "Augsburg", "Regensburg",
    "Görlitz", "Cottbus", "Schwerin", "Passau", "Ulm", "Trier", "Flensburg"};

const WordList months {"January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"};

const WordList publishers {"Federal Statistical Office", "City Council", "Ministry of Transport",
    "Environment Agency", "Institute for Economic Research", "Chamber of Commerce",
    "Court of Auditors", "University Hospital", "Weather Service", "Housing Association",
    "Energy Regulator", "Public Health Institute"};

const WordList roles {"an economist at the University of Leipzig", "spokesperson for the ministry",
    "chair of the tenants' association", "a transport planner",
    "director of the Institute for Urban Research", "a councillor for the Greens",
    "head of the regional employers' federation", "a hydrologist", "a public health researcher",
    "the city's chief engineer", "a former finance minister", "a union representative",
    "a data scientist", "professor of environmental law"};

const WordList tags {"politics", "transport", "housing", "energy", "climate", "health", "economy",
    "education", "infrastructure", "courts", "budget", "technology", "water", "labour", "culture",
    "elections", "science", "agriculture", "tourism", "sport"};

const WordList speakerFirsts {"Anna", "Jonas", "Miriam", "Felix", "Sara", "David", "Leila", "Paul",
    "Nora", "Emil", "Clara", "Yusuf", "Greta", "Tobias", "Ines", "Karim", "Hanna", "Milan", "Ruth",
    "Oskar"};

const WordList speakerLasts {"Becker", "Schulz", "Wagner", "Aydın", "Richter", "Klein", "Wolf",
    "Neumann", "Schwarz", "Kowalski", "Braun", "Zimmermann", "Hartmann", "Krüger", "Lange", "Nowak",
    "Fischer", "Vogel", "Haas", "Engel"};

const char *const midPrefixes[] = {"Bel", "Cor", "Dan", "Fal", "Gar", "Hal", "Kel", "Lor", "Mar",
    "Nor", "Ost", "Pel", "Ram", "Sel", "Tor", "Vel", "Wen", "Zar", "Bra", "Gri"};
const char *const middles[] = {"an", "er", "is", "od", "ul", "am", "en", "ik", "or", "ut"};
const char *const midSuffixes[] = {"ford", "wick", "stead"};
const char *const rareSuffixes[]
    = {"ix", "orn", "ulm", "ash", "yth", "eque", "ovar", "ith", "esk", "arq"};

QString composed(int index, const char *const *suffixes)
{
    return QString::fromLatin1(midPrefixes[index % 20])
        + QString::fromLatin1(middles[index / 20 % 10])
        + QString::fromLatin1(suffixes[index / 200]);
}

} // namespace

const WordList &words(Slot slot)
{
    switch (slot) {
    case Slot::Noun:
        return nouns;
    case Slot::Plural:
        return plurals;
    case Slot::Adjective:
        return adjectives;
    case Slot::Verb:
        return verbs;
    case Slot::Base:
        return bases;
    case Slot::HeadlineVerb:
        return headlineVerbs;
    case Slot::Time:
        return times;
    case Slot::Place:
        return places;
    case Slot::Month:
        return months;
    case Slot::Publisher:
        return publishers;
    case Slot::Role:
        return roles;
    case Slot::Tag:
        return tags;
    }
    return nouns;
}

const QStringList &categories()
{
    static const QStringList list {u"Politics"_s, u"Business"_s, u"Science"_s, u"Health"_s,
        u"Climate"_s, u"Technology"_s, u"Culture"_s, u"Sport"_s};
    return list;
}

const QStringList &authorFirstNames()
{
    static const QStringList list {
        u"Lena"_s, u"Tomás"_s, u"Priya"_s, u"Jakob"_s, u"Amara"_s, u"Henrik"_s};
    return list;
}

const QStringList &authorLastNames()
{
    static const QStringList list {
        u"Hoffmann"_s, u"Ferreira"_s, u"Nair"_s, u"Lindqvist"_s, u"Okafor"_s, u"Weber"_s};
    return list;
}

const WordList &speakerFirstNames()
{
    return speakerFirsts;
}

const WordList &speakerLastNames()
{
    return speakerLasts;
}

QString midWord(int index)
{
    Q_ASSERT(index >= 0 && index < MidWordCount);
    return composed(index, midSuffixes);
}

QString rareWord(int index)
{
    Q_ASSERT(index >= 0 && index < RareWordCount);
    return composed(index, rareSuffixes);
}

} // namespace Copydesk::Testing::NewsVocabulary
