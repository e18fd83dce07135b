#pragma once

// A transaction that rolls back unless committed (the scope guard of KMyMoney's upgradeDb()).
//
// Every migration step and every save runs inside one: an early return or a failed statement
// leaves the database exactly as it was before the step, so a half-applied schema version can
// never be written.

#include <QSqlDatabase>

namespace cplan {

class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase &database)
        : m_database(database), m_active(database.transaction())
    {}
    ~SqlTransaction()
    {
        if (m_active && !m_committed)
            m_database.rollback();
    }

    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    // False when BEGIN failed; the caller should not go on.
    bool isActive() const { return m_active; }

    // True when COMMIT succeeded. A failed COMMIT leaves the transaction open, so the destructor
    // still rolls it back.
    bool commit()
    {
        if (!m_active || m_committed)
            return m_committed;
        m_committed = m_database.commit();
        return m_committed;
    }

private:
    QSqlDatabase &m_database;
    bool m_active = false;
    bool m_committed = false;
};

} // namespace cplan
