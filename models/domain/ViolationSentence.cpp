#include "models/domain/ViolationSentence.h"

#include "models/domain/MetricNames.h"
#include "models/domain/Months.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace cplan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ViolationSentence)
};

// One step of a path: `channels`, `[3]` or `["Search"]`.
struct Step
{
    QString key; // the field name; empty for an index step
    int index = -1;
    QString name; // a ["name"] step
};

std::vector<Step> parsePath(const QString &path)
{
    std::vector<Step> steps;
    static const QRegularExpression token(
        QStringLiteral(R"re(([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\])re"));
    auto it = token.globalMatch(path);
    while (it.hasNext()) {
        const auto match = it.next();
        Step step;
        if (match.capturedLength(1) > 0) {
            step.key = match.captured(1);
        } else if (match.capturedLength(2) > 0) {
            step.index = match.captured(2).toInt();
        } else {
            step.name = match.captured(3);
            step.name.replace(QStringLiteral("\\\""), QStringLiteral("\""))
                .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        }
        steps.push_back(step);
    }
    return steps;
}

// A rate or share: the message's 0..1 numbers become percentages.
bool isFractionField(const QString &key)
{
    static const QStringList fractions{QStringLiteral("share"),
                                       QStringLiteral("carryover"),
                                       QStringLiteral("conversion"),
                                       QStringLiteral("margin"),
                                       QStringLiteral("retention_monthly"),
                                       QStringLiteral("min_share"),
                                       QStringLiteral("max_share"),
                                       QStringLiteral("category_shares"),
                                       QStringLiteral("variance_threshold"),
                                       QStringLiteral("discount_rate_annual"),
                                       QStringLiteral("shares")};
    return fractions.contains(key);
}

QString fieldName(const Plan &plan, const QString &key, int index, bool uncertainty)
{
    if (uncertainty) {
        if (key == QLatin1String("cpl"))
            return Tr::tr("cost per lead uncertainty");
        if (key == QLatin1String("conversion"))
            return Tr::tr("conversion uncertainty");
        if (key == QLatin1String("arpu"))
            return Tr::tr("revenue uncertainty");
        if (key == QLatin1String("retention"))
            return Tr::tr("retention uncertainty");
    }
    if (key == QLatin1String("conversion") && index >= 0)
        return metricDisplayName(plan, QStringLiteral("stage_conversion.%1").arg(index + 1))
            .toLower();
    static const std::pair<const char *, const char *> names[] = {
        {"share", QT_TRANSLATE_NOOP("ViolationSentence", "share")},
        {"cpl", QT_TRANSLATE_NOOP("ViolationSentence", "cost per lead")},
        {"saturation_spend", QT_TRANSLATE_NOOP("ViolationSentence", "saturation spend")},
        {"carryover", QT_TRANSLATE_NOOP("ViolationSentence", "carryover")},
        {"conversion", QT_TRANSLATE_NOOP("ViolationSentence", "conversion rates")},
        {"arpu_monthly", QT_TRANSLATE_NOOP("ViolationSentence", "monthly revenue per customer")},
        {"margin", QT_TRANSLATE_NOOP("ViolationSentence", "margin")},
        {"retention_monthly", QT_TRANSLATE_NOOP("ViolationSentence", "monthly retention")},
        {"min_share", QT_TRANSLATE_NOOP("ViolationSentence", "minimum share")},
        {"max_share", QT_TRANSLATE_NOOP("ViolationSentence", "maximum share")},
        {"budget", QT_TRANSLATE_NOOP("ViolationSentence", "budget")},
        {"category_shares", QT_TRANSLATE_NOOP("ViolationSentence", "category shares")},
        {"channels", QT_TRANSLATE_NOOP("ViolationSentence", "channel shares")},
        {"name", QT_TRANSLATE_NOOP("ViolationSentence", "name")},
        {"name_zh", QT_TRANSLATE_NOOP("ViolationSentence", "Chinese name")},
        {"currency", QT_TRANSLATE_NOOP("ViolationSentence", "currency")},
        {"start", QT_TRANSLATE_NOOP("ViolationSentence", "start month")},
        {"months", QT_TRANSLATE_NOOP("ViolationSentence", "number of months")},
        {"value_horizon_months", QT_TRANSLATE_NOOP("ViolationSentence", "value horizon (months)")},
        {"discount_rate_annual", QT_TRANSLATE_NOOP("ViolationSentence", "annual discount rate")},
        {"status_date", QT_TRANSLATE_NOOP("ViolationSentence", "status date")},
        {"stages", QT_TRANSLATE_NOOP("ViolationSentence", "funnel stages")},
        {"categories", QT_TRANSLATE_NOOP("ViolationSentence", "categories")},
        {"variance_threshold", QT_TRANSLATE_NOOP("ViolationSentence", "variance threshold")},
        {"milestone_thresholds_days",
         QT_TRANSLATE_NOOP("ViolationSentence", "escalation thresholds (days)")},
        {"scenarios", QT_TRANSLATE_NOOP("ViolationSentence", "scenarios")},
        {"metric", QT_TRANSLATE_NOOP("ViolationSentence", "metric")},
        {"value", QT_TRANSLATE_NOOP("ViolationSentence", "value")},
        {"id", QT_TRANSLATE_NOOP("ViolationSentence", "id")},
        {"planned", QT_TRANSLATE_NOOP("ViolationSentence", "planned date")},
        {"forecast", QT_TRANSLATE_NOOP("ViolationSentence", "forecast date")},
        {"actual", QT_TRANSLATE_NOOP("ViolationSentence", "actual date")},
        {"depends_on", QT_TRANSLATE_NOOP("ViolationSentence", "depends on")},
        {"checks", QT_TRANSLATE_NOOP("ViolationSentence", "checks")},
        {"gates", QT_TRANSLATE_NOOP("ViolationSentence", "gated channels")},
        {"month", QT_TRANSLATE_NOOP("ViolationSentence", "month")},
        {"channel", QT_TRANSLATE_NOOP("ViolationSentence", "channel")},
        {"spend", QT_TRANSLATE_NOOP("ViolationSentence", "spend")},
        {"volumes", QT_TRANSLATE_NOOP("ViolationSentence", "volumes")},
        {"quarterly", QT_TRANSLATE_NOOP("ViolationSentence", "quarterly weights")},
        {"monthly", QT_TRANSLATE_NOOP("ViolationSentence", "monthly weights")},
    };
    for (const auto &[id, name] : names) {
        if (key == QLatin1String(id))
            return Tr::tr(name);
    }
    return key;
}

QString percentText(double fraction)
{
    QString text = QLocale().toString(fraction * 100.0, 'g', 6);
    return text + QLatin1Char('%');
}

// A validator message template ("must be at least %1 (got %2)") in the interface language.
QString validatorText(const char *sourceText)
{
    return QCoreApplication::translate("PlanValidator", sourceText);
}

// The arguments (%1 → [1], ...) of `message` when it is `pattern` filled in, else nullopt. With
// `anyPrefix`, a leading word and space ("shares must sum to 1 ...") may precede the template.
std::optional<QStringList> matchTemplate(const QString &pattern, const QString &message,
                                         bool anyPrefix = false)
{
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    QString expression;
    QList<int> order;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const auto match = it.next();
        expression += QRegularExpression::escape(pattern.mid(at, match.capturedStart() - at));
        expression += QStringLiteral("(\\S+?)");
        order << match.captured(1).toInt();
        at = match.capturedEnd();
    }
    expression += QRegularExpression::escape(pattern.mid(at));
    // The prefix is any words ("quarterly weights", "各占比"): \\w alone took neither a second
    // word nor a Chinese one, so "合计必须为 1（当前为 0.4）" stayed a fraction (issue 22 D.15).
    const QRegularExpression regex(QStringLiteral("^") +
                                   (anyPrefix ? QStringLiteral("(?:.+? )?") : QString()) +
                                   expression + QStringLiteral("$"));
    const auto match = regex.match(message);
    if (!match.hasMatch())
        return std::nullopt;
    QStringList arguments(10);
    for (int i = 0; i < order.size(); ++i)
        arguments[order[i]] = match.captured(i + 1);
    return arguments;
}

// A number of 10^15 or more in words: "1,000 trillion" ("1,000万亿"), and beyond what anyone
// types on purpose, how many digits it has (issue 22 D.15: "1e+15 (got 1e+308)").
QString largeNumberText(double value)
{
    const double size = std::abs(value);
    const QString sign = value < 0 ? QString(QChar(0x2212)) : QString();
    if (size < 1e21)
        return sign + Tr::tr("%1 trillion").arg(QLocale().toString(size / 1e12, 'f', 0));
    if (!std::isfinite(size))
        return sign + Tr::tr("an endless number");
    return sign + Tr::tr("a %1-digit number").arg(int(std::floor(std::log10(size))) + 1);
}

// Numbers of a message written as the cell shows them, and the CLI's "(got x)" as "(you typed x)".
QString plainMessage(QString message, bool fraction)
{
    const auto number = [fraction](const QString &text) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok)
            return text;
        if (!fraction && std::abs(value) >= 1e15)
            return largeNumberText(value);
        const QString shown = fraction ? percentText(value) : QLocale().toString(value, 'g', 12);
        return value < 0 ? QString(shown).replace(QLatin1Char('-'), QChar(0x2212)) : shown;
    };
    // The validator's message templates in the interface language (PlanValidator context), so
    // a translated message is recognised as well as the English one.
    if (const auto got = matchTemplate(validatorText("must sum to 1 (got %1)"), message, true))
        return Tr::tr("must add up to 100% (now %1)").arg(percentText(got->value(1).toDouble()));
    if (const auto got =
            matchTemplate(validatorText("must be between %1 and %2 (got %3)"), message))
        return Tr::tr("must be between %1 and %2 (you typed %3)")
            .arg(number(got->value(1)), number(got->value(2)), number(got->value(3)));
    if (const auto got = matchTemplate(validatorText("must be greater than %1 (got %2)"), message))
        return Tr::tr("must be more than %1 (you typed %2)")
            .arg(number(got->value(1)), number(got->value(2)));
    if (const auto got = matchTemplate(validatorText("must be at least %1 (got %2)"), message))
        return Tr::tr("must be at least %1 (you typed %2)")
            .arg(number(got->value(1)), number(got->value(2)));
    if (const auto got =
            matchTemplate(validatorText("must be at least 0 and less than 1 (got %1)"), message))
        return Tr::tr("must be at least 0% and less than 100% (you typed %1)")
            .arg(percentText(got->value(1).toDouble()));
    if (const auto got =
            matchTemplate(validatorText("must not be more than max_share %1 (got %2)"), message))
        return Tr::tr("must not be more than the maximum share %1 (you typed %2)")
            .arg(percentText(got->value(1).toDouble()), percentText(got->value(2).toDouble()));
    if (const auto got = matchTemplate(validatorText("must be at most %1 (got %2)"), message))
        return Tr::tr("must be at most %1 (you typed %2)")
            .arg(number(got->value(1)), number(got->value(2)));
    message.replace(QStringLiteral("(got "), Tr::tr("(now "));
    return message;
}

} // namespace

QString violationSentence(const Plan &plan, const Violation &violation, ScenarioMention mention)
{
    const std::vector<Step> steps = parsePath(violation.path);
    if (steps.empty())
        return violation.message;
    QStringList places; // from the outside in
    QString field;
    int fieldIndex = -1;
    bool uncertainty = false;
    bool fraction = false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &step = steps[i];
        const Step *next = i + 1 < steps.size() ? &steps[i + 1] : nullptr;
        const bool element = next && next->key.isEmpty();
        if (step.key == QLatin1String("scenarios") && element) {
            if (mention == ScenarioMention::Include)
                places << (next->name.isEmpty() ? Tr::tr("Scenario %1").arg(next->index + 1)
                                                : next->name);
            ++i;
        } else if (step.key == QLatin1String("channels") && element) {
            places << (next->name.isEmpty()
                           ? plan.channels.size() > std::size_t(std::max(next->index, 0))
                                 ? plan.channels[std::size_t(next->index)].name
                                 : Tr::tr("Channel %1").arg(next->index + 1)
                           : next->name);
            ++i;
        } else if (step.key == QLatin1String("milestones") && element) {
            places << Tr::tr("Milestone %1")
                          .arg(next->name.isEmpty() ? QString::number(next->index + 1)
                                                    : next->name);
            ++i;
        } else if (step.key == QLatin1String("targets") && element) {
            const std::size_t t = std::size_t(std::max(next->index, 0));
            const QString label = t < plan.targets.size()
                                      ? (plan.targets[t].label.isEmpty()
                                             ? metricDisplayName(plan, plan.targets[t].metric)
                                             : plan.targets[t].label)
                                      : QString();
            places << (label.isEmpty() ? Tr::tr("Target %1").arg(next->index + 1)
                                       : Tr::tr("Target \"%1\"").arg(label));
            ++i;
        } else if (step.key == QLatin1String("checks") && element) {
            places << Tr::tr("check %1").arg(next->index + 1);
            ++i;
        } else if (step.key == QLatin1String("actuals") && element) {
            const std::size_t a = std::size_t(std::max(next->index, 0));
            places << (a < plan.actuals.size()
                           ? Tr::tr("Actuals %1 · %2")
                                 .arg(plan.actuals[a].month, plan.actuals[a].channel)
                           : Tr::tr("Actuals row %1").arg(next->index + 1));
            ++i;
        } else if (step.key == QLatin1String("categories") && element) {
            const std::size_t c = std::size_t(std::max(next->index, 0));
            places << (c < plan.categories.size() && !plan.categories[c].name.isEmpty()
                           ? Tr::tr("Category \"%1\"").arg(plan.categories[c].name)
                           : Tr::tr("Category %1").arg(next->index + 1));
            ++i;
        } else if (step.key == QLatin1String("category_shares") && element) {
            const std::size_t c = std::size_t(std::max(next->index, 0));
            field = c < plan.categories.size() ? Tr::tr("share of %1").arg(plan.categories[c].name)
                                               : Tr::tr("category share %1").arg(next->index + 1);
            fraction = true;
            ++i;
        } else if (step.key == QLatin1String("stages") && element) {
            field = Tr::tr("funnel stage %1").arg(next->index + 1);
            ++i;
        } else if ((step.key == QLatin1String("quarterly") ||
                    step.key == QLatin1String("monthly")) &&
                   element) {
            field = step.key == QLatin1String("quarterly")
                        ? Tr::tr("Q%1 weight").arg(next->index + 1)
                        : Tr::tr("weight of %1").arg(monthLabel(plan.start, next->index));
            ++i;
        } else if (step.key == QLatin1String("phasing")) {
            places << Tr::tr("phasing");
        } else if (step.key == QLatin1String("uncertainty")) {
            uncertainty = true;
        } else if (step.key == QLatin1String("volumes") && element) {
            field = plan.stages.value(next->index, Tr::tr("stage %1").arg(next->index + 1));
            ++i;
        } else if (!step.key.isEmpty()) {
            if (element)
                fieldIndex = next->index;
            field = fieldName(plan, step.key, fieldIndex, uncertainty);
            fraction = uncertainty || isFractionField(step.key);
            if (element)
                ++i;
        }
    }
    const QString message = plainMessage(violation.message, fraction);
    // The language's punctuation: "cost per lead must be …" but "单线索成本必须大于 …", and a
    // full-width colon after the place in Chinese (issue 22 D.15).
    const QString what = field.isEmpty()
                             ? message
                             : Tr::tr("%1 %2", "a field and what it must be").arg(field, message);
    if (places.isEmpty()) {
        QString sentence = what;
        if (!sentence.isEmpty())
            sentence[0] = sentence.at(0).toUpper();
        return sentence;
    }
    return Tr::tr("%1: %2", "a place and what is wrong there")
        .arg(places.join(QStringLiteral(" · ")), what);
}

QString violationSentences(const Plan &plan, const std::vector<Violation> &violations,
                           ScenarioMention mention)
{
    QStringList lines;
    for (const Violation &violation : violations)
        lines << violationSentence(plan, violation, mention);
    return lines.join(QLatin1Char('\n'));
}

} // namespace cplan
