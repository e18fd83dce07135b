#pragma once

// A team store for the window's tests (issue 26): the store tests' fixture
// (tests/team/TeamStoreFixture.h: a real, throwaway PostgreSQL server, database "plans" made a
// store, one member per role with memberPassword, the sample plan published as "Annual") with the
// addresses the window's tests ask for.

#include "../team/TeamStoreFixture.h"

#include <QString>

namespace cplan::test {

class TeamFixture : public TeamStoreFixture
{
public:
    static inline const QString memberPassword = test::memberPassword;
    static inline const QString planName = test::annual;

    // Makes the store; the message of what failed, or empty.
    QString prepare() { return setUp(); }
    QString ownerUrl() const { return url(QStringLiteral("owner")); }
    // A member's address without the password (what the dialog is given).
    QString address(const QString &login) const { return url(login, false); }
    // With the password (for a second connection that edits behind the window's back).
    QString urlOf(const QString &login) const { return url(login); }
};

} // namespace cplan::test
