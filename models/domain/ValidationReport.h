#pragma once

// The violations of one validatePlan() run, and the checks that produce them in the house
// wording of MODEL.md §8: `must be between 0 and 1 (got 1.4)`, `must be greater than 0 (got 0)`.
// A NaN or an infinity fails every numeric check with `must be a finite number (got nan)`.

#include "models/domain/PlanValidator.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace cplan {

class ValidationReport
{
public:
    void add(const QString &path, const QString &message);
    std::vector<Violation> take() { return std::move(m_violations); }

    // Each check returns true when the value passes.
    bool requireFinite(const QString &path, double value);
    bool requireBetween(const QString &path, double value, double low, double high);
    bool requireAtLeast(const QString &path, double value, double low);
    bool requireGreaterThan(const QString &path, double value, double low);
    // The upper (and an extra lower) bound of a value that passed its rule: every driver is
    // kept in a finite, meaningful range (PlanValidatorParts.h). NaN and infinities are left
    // to the rule's own check, so they are reported once.
    bool requireAtMost(const QString &path, double value, double high);
    bool requireNotBelow(const QString &path, double value, double low);
    // [0, 1): carryover and uncertainty half-widths.
    bool requireFraction(const QString &path, double value);
    // Values that must add up to 1 (±1e-6); `what` leads the message ("shares must sum ...").
    bool requireSumToOne(const QString &path, const std::vector<double> &values,
                         const QString &what = {});
    bool requireNotEmpty(const QString &path, const QString &text);
    // Every name that appeared before in `names` is a duplicate, reported at pathOf(i).
    // Hashed, so a list of a million names takes as long as reading it (issue 14, item 5).
    template <typename PathOf>
    void requireUnique(const QStringList &names, PathOf pathOf, bool isId = false)
    {
        QSet<QString> seen;
        seen.reserve(names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names[i].isEmpty())
                continue;
            if (seen.contains(names[i]))
                add(pathOf(i), duplicateMessage(names[i], isId));
            else
                seen.insert(names[i]);
        }
    }

private:
    static QString duplicateMessage(const QString &name, bool isId);

    std::vector<Violation> m_violations;
};

// A sum as it is shown in a message: rounded to 12 significant digits so that floating-point
// noise (0.9500000000000001) does not hide the number the user typed.
QString formatSum(double sum);

} // namespace cplan
