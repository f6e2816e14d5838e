// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"
#include "role.h"

#include <QList>
#include <QString>

namespace Copydesk {

/// Who works on a library, and in which role. A library without people has no workflow:
/// statuses are free there (a freelancer's own library).
///
/// Who the user is comes from the front end on a local library (the chosen person), from the
/// database login on a team library.
class People
{
public:
    virtual ~People();

    /// Everyone, sorted by name. Empty when the library has no workflow yet.
    virtual Result<QList<Person>> people() const = 0;
    /// NotFound (with a message that says how to add people) when there is no such person.
    virtual Result<Person> person(const QString &name) const = 0;
    /// Adds a person, or changes the role of an existing one. The first person may be added by
    /// anyone (and should be an admin); after that only an admin (`actor`) may.
    virtual Status addPerson(const Person &person, const QString &actor) = 0;
};

} // namespace Copydesk
