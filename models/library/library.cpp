// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "library.h"

namespace Copydesk {

People::~People() = default;
Workflow::~Workflow() = default;
Review::~Review() = default;
Queues::~Queues() = default;
Library::~Library() = default;

bool Library::hasPeople() const
{
    People *directory = people();
    if (!directory)
        return false;
    const Result<QList<Person>> everyone = directory->people();
    return everyone && !everyone->isEmpty();
}

} // namespace Copydesk
