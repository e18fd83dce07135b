<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActualsImport</name>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number</source>
        <translation>%1“%2”不是数字</translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 为负数</translation>
    </message>
    <message>
        <source>the month is empty</source>
        <translation>月份为空</translation>
    </message>
    <message>
        <source>“%1” is not a month (write 2025-03, 2025/3, 2025年3月, Mar 2025 or the first day of the month)</source>
        <translation>“%1”不是月份（请写作 2025-03、2025/3、2025年3月、Mar 2025 或当月第一天的日期）</translation>
    </message>
    <message>
        <source>month %1 is outside the plan&apos;s horizon %2 to %3</source>
        <translation>月份 %1 超出方案的计划期（%2 至 %3）</translation>
    </message>
    <message>
        <source>the channel is empty</source>
        <translation>渠道为空</translation>
    </message>
    <message>
        <source>channel “%1” is left out by your choice</source>
        <translation>渠道“%1”已按您的选择排除</translation>
    </message>
    <message>
        <source>channel “%1” is not in the plan</source>
        <translation>渠道“%1”不在方案中</translation>
    </message>
    <message>
        <source>the spend is empty</source>
        <translation>花费为空</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>“%1” is given but “%2” before it is empty; volumes are measured from the first stage on</source>
        <translation>已填写“%1”，但其前一阶段“%2”为空；数量须从第一个阶段起连续填写</translation>
    </message>
    <message>
        <source>%1 × %2 was already given in row %3</source>
        <translation>%1 × %2 已在第 %3 行出现过</translation>
    </message>
    <message>
        <source>%1: no row can be imported</source>
        <translation>%1：没有可导入的行</translation>
    </message>
    <message numerus="yes">
        <source>Import %n actual row(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 行实际数据</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 × %2, spend %3</source>
        <translation>%1 × %2，花费 %3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>row %1: adds %2</source>
        <translation>第 %1 行：新增 %2</translation>
    </message>
    <message>
        <source>row %1: replaces %2 (was spend %3)</source>
        <translation>第 %1 行：替换为 %2（原花费 %3）</translation>
    </message>
    <message>
        <source>%1: %2 row(s) to add, %3 to replace, %4 refused</source>
        <translation>%1：新增 %2 行，替换 %3 行，拒绝 %4 行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>column %1 (“%2”)</source>
        <translation>第 %1 列（“%2”）</translation>
    </message>
    <message>
        <source>--map: “%1” is not ROLE=COLUMN</source>
        <translation>--map：“%1”不是 ROLE=COLUMN 格式</translation>
    </message>
    <message>
        <source>--map %1: column %2 does not exist (the table has %3 columns)</source>
        <translation>--map %1：第 %2 列不存在（表格共 %3 列）</translation>
    </message>
    <message>
        <source>--map %1: no column is headed “%2” (the headers are %3)</source>
        <translation>--map %1：没有标题为“%2”的列（现有标题：%3）</translation>
    </message>
    <message>
        <source>--map %1: the plan has %2 stages (stage0 to stage%3)</source>
        <translation>--map %1：方案共有 %2 个阶段（stage0 至 stage%3）</translation>
    </message>
    <message>
        <source>--map: unknown role “%1” (use month, channel, spend, stage0, stage1, …)</source>
        <translation>--map：未知角色“%1”（可用 month、channel、spend、stage0、stage1、…）</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>No column is chosen for %1. The headers are: %2.</source>
        <translation>尚未为%1指定列。表头为：%2。</translation>
    </message>
    <message>
        <source>%1 is chosen for two roles.</source>
        <translation>%1 被同时指定给了两个角色。</translation>
    </message>
    <message>
        <source>The stage “%1” has a column but “%2” before it has none; volumes are measured from the first stage on.</source>
        <translation>阶段“%1”已指定列，但其前一阶段“%2”没有；数量须从第一个阶段起连续填写。</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is in %3: its values are multiplied by %4.</source>
        <translation>第 %1 列（“%2”）的单位是%3：其数值已乘以 %4。</translation>
    </message>
    <message>
        <source>a totals row (“%1”), skipped</source>
        <translation>合计行（“%1”），已跳过</translation>
    </message>
    <message>
        <source>“%1” %2 is more than “%3” %4 before it in the funnel; check that the columns are not swapped</source>
        <translation>“%1” %2 多于漏斗中前一阶段“%3” %4；请检查各列是否放错</translation>
    </message>
    <message>
        <source> (warning: %1)</source>
        <translation>（警告：%1）</translation>
    </message>
    <message numerus="yes">
        <source>, %n totals row(s) skipped</source>
        <translation>
            <numerusform>，跳过 %n 个合计行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 looks like a stage volume or an amount but is not imported; choose it for a role if it should be.</source>
        <translation>%1 看起来是某个阶段的数量或金额，但未被导入；如需导入，请为它指定用途。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n past row(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 行历史数据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>%1 · %2: spend %3 against plan</source>
        <translation>%1 · %2：花费较计划 %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3 %4 against plan</source>
        <translation>%1 · %2：%3较计划 %4</translation>
    </message>
    <message>
        <source>%1: actual cost per %2 is over 1.2× the plan</source>
        <translation>%1：实际单%2成本超过计划的 1.2 倍</translation>
    </message>
    <message>
        <source>%1 is 1 day late (escalation level %2)</source>
        <translation>%1 延误 1 天（升级级别 %2）</translation>
    </message>
    <message>
        <source>%1 is %3 days late (escalation level %2)</source>
        <translation>%1 延误 %3 天（升级级别 %2）</translation>
    </message>
    <message>
        <source>%1 is blocked by %2</source>
        <translation>%1 受阻于 %2</translation>
    </message>
    <message>
        <source>%1 checkpoint missed: %2 %3 %4 (projected %5)</source>
        <translation>%1 检查点未达成：%2 %3 %4（预测 %5）</translation>
    </message>
    <message>
        <source>Target missed: %1 — projected %2, target %3 %4</source>
        <translation>目标未达成：%1 — 预测 %2，目标 %3 %4</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Targets missed</source>
        <translation>未达成目标</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message numerus="yes">
        <source>%n smaller variance(s) over the threshold not listed here: the Actuals page marks every one</source>
        <translation>
            <numerusform>另有 %n 项较小的超阈值偏差未在此列出：实际数据页面会逐一标出</numerusform>
        </translation>
    </message>
    <message>
        <source>Actuals for %1 × %2 lie after the status date %3: check the month</source>
        <translation>%1 × %2 的实际数据晚于状态日期 %3：请检查月份</translation>
    </message>
    <message numerus="yes">
        <source>%n more actual row(s) lie after the status date</source>
        <translation>
            <numerusform>另有 %n 行实际数据晚于状态日期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is planned for %2, after the plan ends on %3</source>
        <translation>%1 计划于 %2，晚于方案结束日 %3</translation>
    </message>
    <message>
        <source>%1 × %2: %3 %4 is more than %5 %6 before it in the funnel</source>
        <translation>%1 × %2：%3 %4 多于漏斗中前一阶段%5 %6</translation>
    </message>
</context>
<context>
    <name>BlankPlan</name>
    <message>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>渠道 %1</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>must be a month YYYY-MM (got %1)</source>
        <translation>必须是 YYYY-MM 格式的月份（当前为 %1）</translation>
    </message>
    <message>
        <source>must be a number of at least 0 (got %1)</source>
        <translation>必须是不小于 0 的数（当前为 %1）</translation>
    </message>
    <message>
        <source>must have at most %1 values, one per stage (got %2)</source>
        <translation>最多只能有 %1 个值，每个阶段一个（当前为 %2 个）</translation>
    </message>
    <message>
        <source>cannot be more than the stage before it (%1 after %2): a funnel only narrows</source>
        <translation>不能多于上一阶段（上一阶段 %2，此处 %1）：漏斗只会逐级收窄</translation>
    </message>
    <message>
        <source>duplicate row: same month and channel as %1</source>
        <translation>重复行：月份和渠道与 %1 相同</translation>
    </message>
    <message>
        <source>the past months of %1 span %2 months; at most %3 can be calibrated</source>
        <translation>%1 的历史月份跨越 %2 个月；最多可校准 %3 个月</translation>
    </message>
    <message>
        <source>fewer than 6 months with spend and leads</source>
        <translation>有花费和线索的月份少于 6 个</translation>
    </message>
    <message>
        <source>no saturation seen</source>
        <translation>未见饱和</translation>
    </message>
    <message>
        <source>the data cannot separate the drivers</source>
        <translation>数据无法区分这些驱动因子</translation>
    </message>
    <message>
        <source>spend never varied</source>
        <translation>花费从未变化</translation>
    </message>
    <message>
        <source>too few months for three drivers</source>
        <translation>月份太少，不足以拟合三个驱动因子</translation>
    </message>
    <message>
        <source>standard error too large</source>
        <translation>标准误差过大</translation>
    </message>
</context>
<context>
    <name>ChartFormat</name>
    <message>
        <source>%1bn</source>
        <translation>%1十亿</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1百万</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1千</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ComparisonAdapter</name>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>数量：%1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Channel spend</source>
        <translation>渠道花费</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>单线索成本</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>获客成本（CAC）</translation>
    </message>
    <message>
        <source>CAC with overhead</source>
        <translation>含固定费用的获客成本</translation>
    </message>
    <message>
        <source>Lead to customer conversion</source>
        <translation>线索到客户转化率</translation>
    </message>
    <message>
        <source>Lifetime value per customer (LTV)</source>
        <translation>客户终身价值（LTV）</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Return on investment (ROI)</source>
        <translation>投资回报率（ROI）</translation>
    </message>
    <message>
        <source>ROI with overhead</source>
        <translation>含固定费用的投资回报率</translation>
    </message>
    <message>
        <source>Return ratio</source>
        <translation>投资回报比</translation>
    </message>
    <message>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <source>Payback month</source>
        <translation>回本月份</translation>
    </message>
    <message>
        <source>Customers (latest estimate)</source>
        <translation>客户数（最新预估）</translation>
    </message>
    <message>
        <source>The actual customers of the months with actuals, then the projection for the rest: the figure the re-plan shows. The row above is the model&apos;s projection for every month.</source>
        <translation>有实际数据的月份取实际客户数，其余月份取测算值，即重新规划所显示的数。上一行是模型对每个月的测算。</translation>
    </message>
    <message>
        <source>Customers (projection)</source>
        <translation>客户数（测算）</translation>
    </message>
    <message>
        <source>The model&apos;s projection for every month, actuals aside. The row below is the latest estimate.</source>
        <translation>模型对每个月的测算，不计实际数据。下一行是最新预估。</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>scenarios: the plan has no scenario to compare</source>
        <translation>scenarios：方案中没有可对比的情景</translation>
    </message>
    <message>
        <source>--base: no scenario named &quot;%1&quot;</source>
        <translation>--base：没有名为“%1”的情景</translation>
    </message>
</context>
<context>
    <name>CplanDiskFile</name>
    <message>
        <source>%1 of %2 bytes were written</source>
        <translation>只写入了 %2 字节中的 %1 字节</translation>
    </message>
    <message>
        <source>no file was written</source>
        <translation>未写入任何文件</translation>
    </message>
</context>
<context>
    <name>CplanFile</name>
    <message>
        <source>was made by a newer Campaign Planner (schema %1, this version reads up to %2)</source>
        <translation>由较新版本的 Campaign Planner 创建（结构版本 %1，本版本最高只能读取版本 %2）</translation>
    </message>
    <message>
        <source>not a Campaign Planner file (application id 0x%1)</source>
        <translation>不是 Campaign Planner 文件（应用程序 ID 0x%1）</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>cannot be read from memory (Qt&apos;s SQLite driver does not use the SQLite library this program was built with)</source>
        <translation>无法从内存读取（Qt 的 SQLite 驱动使用的不是本程序构建时所用的 SQLite 库）</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <source>not a Campaign Planner file (not an SQLite database)</source>
        <translation>不是 Campaign Planner 文件（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>is truncated (%1 of at least %2 bytes)</source>
        <translation>文件不完整（仅 %1 字节，至少应为 %2 字节）</translation>
    </message>
    <message>
        <source>is damaged (it records no schema version)</source>
        <translation>已损坏（未记录结构版本）</translation>
    </message>
    <message>
        <source>is damaged (its header is invalid)</source>
        <translation>已损坏（文件头无效）</translation>
    </message>
    <message>
        <source>is truncated (%1 of %2 bytes)</source>
        <translation>文件不完整（仅 %1 字节，应为 %2 字节）</translation>
    </message>
    <message>
        <source>is not a file Campaign Planner writes (it uses write-ahead logging)</source>
        <translation>不是 Campaign Planner 写入的文件（使用了预写日志模式）</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无返回结果</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>已损坏（%1）</translation>
    </message>
    <message>
        <source>changed while it was being read</source>
        <translation>在读取过程中发生了变化</translation>
    </message>
    <message>
        <source>is damaged (it fails the integrity check: %1)</source>
        <translation>已损坏（未通过完整性检查：%1）</translation>
    </message>
    <message>
        <source>cannot be brought up to date (%1)</source>
        <translation>无法升级到当前版本（%1）</translation>
    </message>
    <message>
        <source>it grew beyond %1 bytes while it was being read</source>
        <translation>读取过程中文件增长超过了 %1 字节</translation>
    </message>
    <message>
        <source>%1 is in the way (it is a folder)</source>
        <translation>%1 占用了所需位置（它是一个文件夹）</translation>
    </message>
    <message>
        <source>%1 is in the way (%2)</source>
        <translation>%1 占用了所需位置（%2）</translation>
    </message>
    <message>
        <source>the backup %1 cannot be written: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>cannot be read (no temporary folder: %1)</source>
        <translation>无法读取（没有可用的临时文件夹：%1）</translation>
    </message>
    <message>
        <source>cannot be saved (%1)</source>
        <translation>无法保存（%1）</translation>
    </message>
    <message>
        <source>%1 is unchanged</source>
        <translation>%1 保持不变</translation>
    </message>
    <message>
        <source>no file was written</source>
        <translation>未写入任何文件</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>another program or window is saving it right now; %1</source>
        <translation>另一个程序或窗口正在保存该文件；%1</translation>
    </message>
    <message>
        <source>its lock file %1.save-lock cannot be created; %2</source>
        <translation>无法创建其锁文件 %1.save-lock；%2</translation>
    </message>
    <message>
        <source>the new file cannot be flushed to the disk: %1</source>
        <translation>无法将新文件写入磁盘：%1</translation>
    </message>
    <message>
        <source>the new file cannot be renamed into place: %1</source>
        <translation>无法将新文件重命名到目标位置：%1</translation>
    </message>
    <message>
        <source>; the previous save is kept as %1</source>
        <translation>；上一次保存的版本保留为 %1</translation>
    </message>
    <message>
        <source>is damaged: the plan it holds does not match the checksum saved with it (SHA-256 of the plan content), so a name or a number in it has changed since it was saved</source>
        <translation>已损坏：其中的方案与保存时记录的校验和（方案内容的 SHA-256）不符，说明保存之后其中的某个名称或数字已被改变</translation>
    </message>
    <message>
        <source>; the unfinished change of another program in %1 does not restore it either</source>
        <translation>；%1 中另一个程序未完成的修改也无法将其恢复</translation>
    </message>
    <message>
        <source>%1: another program or window is changing it right now; nothing was changed, try again when it has finished</source>
        <translation>%1：另一个程序或窗口正在修改该文件；未做任何更改，请在其完成后重试</translation>
    </message>
    <message>
        <source>%1: its lock file %1.save-lock cannot be created; nothing was changed</source>
        <translation>%1：无法创建锁文件 %1.save-lock；未做任何更改</translation>
    </message>
    <message>
        <source>its history changed since it was read (another program or window saved it): nothing was written; open it again to see that change</source>
        <translation>自读取以来其历史记录已改变（另一个程序或窗口保存了它）：未写入任何内容；请重新打开以查看该更改</translation>
    </message>
    <message>
        <source>it is no longer the plan file that was read</source>
        <translation>它已不再是先前读取的那个计划文件</translation>
    </message>
    <message>
        <source>is damaged (its history fails the integrity check: %1)</source>
        <translation>已损坏（其历史记录未通过完整性检查：%1）</translation>
    </message>
    <message>
        <source>has no version named &quot;%1&quot;</source>
        <translation>没有名为“%1”的版本</translation>
    </message>
    <message>
        <source>the plan&apos;s history cannot be copied from %1: %2</source>
        <translation>无法从 %1 复制计划的历史记录：%2</translation>
    </message>
</context>
<context>
    <name>CplanReader</name>
    <message>
        <source>must be one of %1 (found &quot;%2&quot;)</source>
        <translation>必须是 %1 之一（实际为“%2”）</translation>
    </message>
    <message>
        <source>there must be exactly one row of plan settings</source>
        <translation>方案设置必须恰好有一行</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>必须为 1</translation>
    </message>
    <message>
        <source>plan: the plan settings are missing</source>
        <translation>plan：缺少方案设置</translation>
    </message>
    <message>
        <source>belongs to a channel that has no phasing of its own</source>
        <translation>所属渠道没有单独的投放节奏</translation>
    </message>
</context>
<context>
    <name>CplanRecord</name>
    <message>
        <source>versions (&quot;%1&quot;): snapshot is damaged</source>
        <translation>versions（“%1”）：快照已损坏</translation>
    </message>
    <message>
        <source>versions (&quot;%1&quot;): snapshot is too large</source>
        <translation>versions（“%1”）：快照过大</translation>
    </message>
    <message>
        <source>has no version named &quot;%1&quot;</source>
        <translation>没有名为“%1”的版本</translation>
    </message>
    <message>
        <source>history (seq %1): %2</source>
        <translation>history（序号 %1）：%2</translation>
    </message>
    <message>
        <source>versions (&quot;%1&quot;): the snapshot is missing</source>
        <translation>versions（“%1”）：缺少快照</translation>
    </message>
    <message>
        <source>versions (&quot;%1&quot;): %2</source>
        <translation>versions（“%1”）：%2</translation>
    </message>
</context>
<context>
    <name>CplanRowReader</name>
    <message>
        <source>found nothing</source>
        <translation>实际为空</translation>
    </message>
    <message>
        <source>found text</source>
        <translation>实际为文本</translation>
    </message>
    <message>
        <source>found binary data</source>
        <translation>实际为二进制数据</translation>
    </message>
    <message>
        <source>found %1</source>
        <translation>实际为 %1</translation>
    </message>
    <message>
        <source>found a value of another kind</source>
        <translation>实际为其他类型的值</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>has no column %1</source>
        <translation>没有第 %1 列</translation>
    </message>
    <message>
        <source>must be a whole number (%1)</source>
        <translation>必须是整数（%1）</translation>
    </message>
    <message>
        <source>is out of range (found %1)</source>
        <translation>超出范围（实际为 %1）</translation>
    </message>
    <message>
        <source>must be a number (%1)</source>
        <translation>必须是数字（%1）</translation>
    </message>
    <message>
        <source>must be text (%1)</source>
        <translation>必须是文本（%1）</translation>
    </message>
    <message>
        <source>is a text of %1 characters, longer than the %2 a plan allows</source>
        <translation>是长度为 %1 个字符的文本，超过了方案允许的 %2 个字符</translation>
    </message>
    <message>
        <source>must continue the list without gaps or repeats (found %1 where %2 belongs)</source>
        <translation>必须连续编号，不得有空缺或重复（此处应为 %2，实际为 %1）</translation>
    </message>
    <message>
        <source>refers to a row that does not exist (found %1)</source>
        <translation>引用了不存在的行（实际为 %1）</translation>
    </message>
</context>
<context>
    <name>CplanSchema</name>
    <message>
        <source>the plan tables</source>
        <translation>方案数据表</translation>
    </message>
    <message>
        <source>the file information table</source>
        <translation>文件信息表</translation>
    </message>
    <message>
        <source>the baseline scenario setting</source>
        <translation>基准情景设置</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>an object of type %1</source>
        <translation>类型为 %1 的对象</translation>
    </message>
    <message>
        <source>cannot go from schema %1 to schema %2</source>
        <translation>无法从结构版本 %1 转换到结构版本 %2</translation>
    </message>
    <message>
        <source>schema step %1 (%2) failed: %3</source>
        <translation>结构升级步骤 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>is damaged (unknown schema %1)</source>
        <translation>已损坏（未知的结构版本 %1）</translation>
    </message>
    <message>
        <source>cannot be checked (%1)</source>
        <translation>无法检查（%1）</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>已损坏（%1）</translation>
    </message>
    <message>
        <source>holds %1 %2 that Campaign Planner does not create (refused as unsafe)</source>
        <translation>包含 Campaign Planner 不会创建的%1 %2（出于安全考虑已拒绝打开）</translation>
    </message>
    <message>
        <source>holds %1 %2 whose definition Campaign Planner did not write (refused as unsafe)</source>
        <translation>包含定义并非由 Campaign Planner 写入的%1 %2（出于安全考虑已拒绝打开）</translation>
    </message>
    <message>
        <source>is damaged (missing %1 %2)</source>
        <translation>已损坏（缺少%1 %2）</translation>
    </message>
    <message>
        <source>the milestone gates table</source>
        <translation>里程碑闸门表</translation>
    </message>
    <message>
        <source>the past actuals tables</source>
        <translation>历史实际数据表</translation>
    </message>
    <message>
        <source>the history, versions, sign-off and people tables</source>
        <translation>历史记录、版本、审批和成员数据表</translation>
    </message>
</context>
<context>
    <name>CplanWriter</name>
    <message>
        <source>the value is not a number</source>
        <translation>该值不是数字</translation>
    </message>
    <message>
        <source>schema %1 cannot be written</source>
        <translation>无法写入结构版本 %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>--table: no table named &quot;%1&quot; (available: %2)</source>
        <translation>--table：没有名为“%1”的表（可用的表：%2）</translation>
    </message>
</context>
<context>
    <name>DelayCostText</name>
    <message>
        <source>no cost: still within its planned month</source>
        <translation>无代价：仍在计划月份内</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>%1, CAC %2</source>
        <translation>%1，获客成本 %2</translation>
    </message>
    <message>
        <source>%1, %2 not spent</source>
        <translation>%1，%2 未能花出</translation>
    </message>
    <message>
        <source>%1 1 day late: %2</source>
        <translation>%1 延误 1 天：%2</translation>
    </message>
    <message>
        <source>%1 %2 days late: %3</source>
        <translation>%1 延误 %2 天：%3</translation>
    </message>
    <message>
        <source>Cost of delay (gates %1): %2</source>
        <translation>延误代价（闸门渠道：%1）：%2</translation>
    </message>
    <message>
        <source>Customers %1 on time, %2 as forecast</source>
        <translation>客户数：按时 %1，按预测 %2</translation>
    </message>
    <message>
        <source>Value %1 on time, %2 as forecast</source>
        <translation>客户价值：按时 %1，按预测 %2</translation>
    </message>
    <message>
        <source>CAC %1 on time, %2 as forecast</source>
        <translation>获客成本：按时 %1，按预测 %2</translation>
    </message>
    <message>
        <source>%1 of planned spend moves past the horizon and is not spent</source>
        <translation>%1 计划花费被推出计划期，不会花出</translation>
    </message>
</context>
<context>
    <name>ExportChanges</name>
    <message>
        <source>Changes (the whole history: no version saved yet)</source>
        <translation>变更（全部历史：尚未保存任何版本）</translation>
    </message>
    <message>
        <source>Changes since the approved version “%1”</source>
        <translation>自已批准版本“%1”以来的变更</translation>
    </message>
    <message>
        <source>Changes since version “%1”</source>
        <translation>自版本“%1”以来的变更</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>--out: no file name given</source>
        <translation>--out：未指定文件名</translation>
    </message>
    <message>
        <source>%1: refusing to overwrite the plan being exported; choose another file name</source>
        <translation>%1：不能覆盖正在导出的方案，请选择其他文件名</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
</context>
<context>
    <name>ExportMetricName</name>
    <message>
        <source>stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>Stage volume: %1</source>
        <translation>阶段数量：%1</translation>
    </message>
    <message>
        <source>Cost per stage: %1</source>
        <translation>阶段单位成本：%1</translation>
    </message>
    <message>
        <source>Conversion %1 → %2</source>
        <translation>%1 → %2 转化率</translation>
    </message>
    <message>
        <source>%1 to date</source>
        <translation>累计%1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Channel spend</source>
        <translation>渠道花费</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>单线索成本</translation>
    </message>
    <message>
        <source>Customer acquisition cost</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>Acquisition cost with overhead</source>
        <translation>含固定费用的获客成本</translation>
    </message>
    <message>
        <source>Lead-to-customer conversion</source>
        <translation>线索到客户转化率</translation>
    </message>
    <message>
        <source>Lifetime value per customer</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>ROI with overhead</source>
        <translation>含固定费用的投资回报率</translation>
    </message>
    <message>
        <source>Return ratio</source>
        <translation>投资回报比</translation>
    </message>
    <message>
        <source>LTV / CAC</source>
        <translation>LTV / CAC</translation>
    </message>
    <message>
        <source>Payback month</source>
        <translation>回本月份</translation>
    </message>
    <message>
        <source>Spend to date</source>
        <translation>累计花费</translation>
    </message>
    <message>
        <source>Customers to date</source>
        <translation>累计客户数</translation>
    </message>
    <message>
        <source>Acquisition cost to date</source>
        <translation>累计获客成本</translation>
    </message>
</context>
<context>
    <name>ExportWorkbook</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Projected: %1</source>
        <translation>预测：%1</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>达成：%1</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月度明细</translation>
    </message>
    <message>
        <source>Monthly: %1</source>
        <translation>月度明细：%1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Scenarios against %1</source>
        <translation>各情景与“%1”对比</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>Δ% %1</source>
        <translation>Δ% %1</translation>
    </message>
    <message>
        <source>Spend: %1</source>
        <translation>花费：%1</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>客户数：%1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Milestones (status date %1)</source>
        <translation>里程碑（状态日期 %1）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照日期</translation>
    </message>
    <message>
        <source>Delay (days)</source>
        <translation>延误（天）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>升级级别</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>受阻于</translation>
    </message>
    <message>
        <source>Milestone checks (cumulative to the milestone&apos;s month)</source>
        <translation>里程碑检查点（累计至里程碑所在月）</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>outside the horizon</source>
        <translation>超出计划期</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>实际数据</translation>
    </message>
    <message>
        <source>Actuals against plan: %1 (flag above %2%)</source>
        <translation>实际与计划对比：%1（偏差超过 %2% 时预警）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Planned spend</source>
        <translation>计划花费</translation>
    </message>
    <message>
        <source>Actual spend</source>
        <translation>实际花费</translation>
    </message>
    <message>
        <source>Spend variance</source>
        <translation>花费偏差</translation>
    </message>
    <message>
        <source>Spend flag</source>
        <translation>花费预警</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>计划%1</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>实际%1</translation>
    </message>
    <message>
        <source>%1 variance</source>
        <translation>%1偏差</translation>
    </message>
    <message>
        <source>%1 flag</source>
        <translation>%1预警</translation>
    </message>
    <message>
        <source>Re-forecast</source>
        <translation>最新预估</translation>
    </message>
    <message>
        <source>Re-forecast: actuals where measured, plan elsewhere</source>
        <translation>最新预估：已有实际数据处采用实际数据，其余采用计划</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>scenarios: the plan has no scenario to export</source>
        <translation>scenarios：方案中没有可导出的情景</translation>
    </message>
    <message>
        <source>--scenario: no scenario named &quot;%1&quot;</source>
        <translation>--scenario：没有名为“%1”的情景</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>计划期</translation>
    </message>
    <message>
        <source>%1 months from %2</source>
        <translation>自 %2 起共 %1 个月</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Milestone checks</source>
        <translation>里程碑检查点</translation>
    </message>
    <message>
        <source>Cost of delay</source>
        <translation>延误代价</translation>
    </message>
    <message>
        <source>Cost of delay, against the same plan with the milestone on time</source>
        <translation>延误代价（与里程碑按时完成的同一方案相比）</translation>
    </message>
    <message>
        <source>Gated channels</source>
        <translation>受控渠道</translation>
    </message>
    <message>
        <source>Customers on time</source>
        <translation>按时客户数</translation>
    </message>
    <message>
        <source>Customers as forecast</source>
        <translation>按预测客户数</translation>
    </message>
    <message>
        <source>Customer change</source>
        <translation>客户数变化</translation>
    </message>
    <message>
        <source>Value change</source>
        <translation>价值变化</translation>
    </message>
    <message>
        <source>CAC on time</source>
        <translation>按时获客成本</translation>
    </message>
    <message>
        <source>CAC as forecast</source>
        <translation>按预测获客成本</translation>
    </message>
    <message>
        <source>Spend lost</source>
        <translation>损失花费</translation>
    </message>
    <message>
        <source>Past actuals</source>
        <translation>历史实际数据</translation>
    </message>
    <message>
        <source>Past months (the evidence calibration fits to)</source>
        <translation>历史月份（校准所依据的数据）</translation>
    </message>
    <message>
        <source>Customers (latest estimate)</source>
        <translation>客户数（最新预估）</translation>
    </message>
    <message>
        <source>Customers (projection)</source>
        <translation>客户数（测算）</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>审批</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>单线索成本</translation>
    </message>
    <message>
        <source>Conversion rates</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>ARPU (monthly)</source>
        <translation>每客户月收入（ARPU）</translation>
    </message>
    <message>
        <source>Retention (monthly)</source>
        <translation>月留存率</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>投放节奏</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Quarterly weights</source>
        <translation>季度权重</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <source>Monthly weights</source>
        <translation>月度权重</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Saturation spend</source>
        <translation>饱和花费</translation>
    </message>
    <message>
        <source>Carryover</source>
        <translation>延续效应</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Min share</source>
        <translation>最低占比</translation>
    </message>
    <message>
        <source>Max share</source>
        <translation>最高占比</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>计划期（月）</translation>
    </message>
    <message>
        <source>Value horizon (months)</source>
        <translation>价值期（月）</translation>
    </message>
    <message>
        <source>Discount rate (annual)</source>
        <translation>折现率（年）</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Actuals compared with</source>
        <translation>实际数据对比情景</translation>
    </message>
    <message>
        <source>Variance threshold</source>
        <translation>偏差阈值</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>漏斗阶段</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Forecast date</source>
        <translation>预测日期</translation>
    </message>
    <message>
        <source>Actual date</source>
        <translation>实际日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>前置依赖</translation>
    </message>
    <message>
        <source>Gated channels</source>
        <translation>受控渠道</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Measured volumes</source>
        <translation>实测数量</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Budget split</source>
        <translation>预算分配</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Conversion %1 → %2</source>
        <translation>%1 → %2 转化率</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>检查项 %1</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>情景 %1</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>预算占比</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驱动因子</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>实际数据</translation>
    </message>
    <message>
        <source>Past actuals</source>
        <translation>历史实际数据</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Delay level 1 up to (days)</source>
        <translation>1 级延误上限（天）</translation>
    </message>
    <message>
        <source>Delay level 2 up to (days)</source>
        <translation>2 级延误上限（天）</translation>
    </message>
    <message>
        <source>Delay levels (days)</source>
        <translation>延误级别（天）</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>里程碑 %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>渠道 %1</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>方案设置</translation>
    </message>
    <message>
        <source>People</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>批准时间</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>1 : %1</source>
        <translation>1 : %1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>第 %1 个月</translation>
    </message>
</context>
<context>
    <name>GoalSeek</name>
    <message>
        <source>%1: the %2 goal must be a positive number (got %3)</source>
        <translation>%1：%2 目标必须为正数（实际为 %3）</translation>
    </message>
    <message>
        <source>unreachable: even the first unit of spend costs %1 per customer, above the cap of %2</source>
        <translation>无法达成：即使是最初投入的花费，每个客户的成本也已达 %1，超过上限 %2</translation>
    </message>
    <message>
        <source>unreachable: the channels bring no customers</source>
        <translation>无法达成：各渠道带不来任何客户</translation>
    </message>
    <message>
        <source>any pool meets the cap: the blended CAC stays below %1 however much is spent (channels without saturation)</source>
        <translation>任意规模的预算池均满足上限：无论花费多少，综合获客成本始终低于 %1（渠道未设饱和花费）</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>unreachable: every channel saturates, so no pool brings %1 %2 (the limit is %3, approached but never reached)</source>
        <translation>无法达成：所有渠道都会饱和，任何预算池都无法使%2达到 %1（极限为 %3，只能趋近、无法达到）</translation>
    </message>
    <message>
        <source>unreachable: no pool up to %1 brings %2 %3</source>
        <translation>无法达成：不超过 %1 的预算池均无法使%3达到 %2</translation>
    </message>
    <message>
        <source>the largest channel pool with a blended CAC ≤ %1 is %2</source>
        <translation>综合获客成本 ≤ %1 的最大渠道预算池为 %2</translation>
    </message>
    <message>
        <source>the smallest channel pool reaching %1 is %2</source>
        <translation>达到 %1 所需的最小渠道预算池为 %2</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>history entry %1 (%2, %3, %4)</source>
        <translation>历史记录第 %1 条（%2，%3，%4）</translation>
    </message>
    <message>
        <source>%1: altered after it was written</source>
        <translation>%1：写入后被改动过</translation>
    </message>
    <message>
        <source>history entry %1: missing or out of order (entry %2 is in its place)</source>
        <translation>历史记录第 %1 条：缺失或顺序错乱（该位置是第 %2 条）</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺失</translation>
    </message>
    <message>
        <source>%1: must be text (got %2)</source>
        <translation>%1：必须是文本（实际为 %2）</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1：未知的键</translation>
    </message>
    <message>
        <source>%1: must be an object (got %2)</source>
        <translation>%1：必须是对象（实际为 %2）</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1：不能为空</translation>
    </message>
    <message>
        <source>history entry %1</source>
        <translation>历史记录第 %1 条</translation>
    </message>
    <message>
        <source>%1: must be a whole number of at least 1 (got %2)</source>
        <translation>%1：必须是不小于 1 的整数（实际为 %2）</translation>
    </message>
    <message>
        <source>%1: must be a UTC time such as 2026-12-07T01:02:03Z (got %2)</source>
        <translation>%1：必须是 UTC 时间，例如 2026-12-07T01:02:03Z（实际为 %2）</translation>
    </message>
    <message>
        <source>%1: must be a list (got %2)</source>
        <translation>%1：必须是列表（实际为 %2）</translation>
    </message>
    <message>
        <source>%1: must not be empty (leave the key out for no reason)</source>
        <translation>%1：不能为空（没有原因时请省略该键）</translation>
    </message>
    <message>
        <source>%1: must be 64 lowercase hexadecimal digits (got %2)</source>
        <translation>%1：必须是 64 位小写十六进制数字（实际为 %2）</translation>
    </message>
</context>
<context>
    <name>JsonPathEdit</name>
    <message>
        <source>the path is empty (for example scenarios[&quot;Plan A&quot;].budget)</source>
        <translation>路径为空（例如 scenarios[&quot;Plan A&quot;].budget）</translation>
    </message>
    <message>
        <source>expected &quot;.&quot; or &quot;[&quot;</source>
        <translation>应为 &quot;.&quot; 或 &quot;[&quot;</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>path %1: %2 at character %3 (found %4)</source>
        <translation>路径 %1：第 %3 个字符处%2（实际为 %4）</translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation>应为字段名</translation>
    </message>
    <message>
        <source>expected a quoted name or an index</source>
        <translation>应为带引号的名称或序号</translation>
    </message>
    <message>
        <source>expected &quot;]&quot;</source>
        <translation>应为 &quot;]&quot;</translation>
    </message>
    <message>
        <source>expected four hexadecimal digits after \u</source>
        <translation>\u 之后应为四位十六进制数字</translation>
    </message>
    <message>
        <source>unknown escape in a name (use \&quot; for a quote and \\ for a backslash)</source>
        <translation>名称中有未知的转义（引号写作 \&quot;，反斜杠写作 \\）</translation>
    </message>
    <message>
        <source>the quoted name is not closed</source>
        <translation>带引号的名称没有结束引号</translation>
    </message>
    <message>
        <source>no such scenario</source>
        <translation>没有这个情景</translation>
    </message>
    <message>
        <source>no such channel</source>
        <translation>没有这个渠道</translation>
    </message>
    <message>
        <source>no such category</source>
        <translation>没有这个类别</translation>
    </message>
    <message>
        <source>no such milestone</source>
        <translation>没有这个里程碑</translation>
    </message>
    <message>
        <source>no such actual row (rows are named &quot;YYYY-MM/channel&quot;)</source>
        <translation>没有这一行实际数据（行的名称为 &quot;YYYY-MM/渠道&quot;）</translation>
    </message>
    <message>
        <source>no such person</source>
        <translation>没有这个成员</translation>
    </message>
    <message>
        <source>no such entry</source>
        <translation>没有这一项</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1: is %2, not a list (no element [%3])</source>
        <translation>%1：是%2，不是列表（没有第 [%3] 项）</translation>
    </message>
    <message numerus="yes">
        <source>%1: no such element (the list has %n entries)</source>
        <translation>
            <numerusform>%1：没有这一项（列表共有 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: is %2, not a list or a table of names</source>
        <translation>%1：是%2，不是列表或按名称索引的表</translation>
    </message>
    <message>
        <source>%1: is %2, so it has no field %3</source>
        <translation>%1：是%2，因此没有字段 %3</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1：未知字段</translation>
    </message>
    <message>
        <source>%1: a path starts with a field name</source>
        <translation>%1：路径必须以字段名开头</translation>
    </message>
    <message>
        <source>%1: changes only through sign-off (cplan signoff), not by setting it</source>
        <translation>%1：只能通过审批流程（cplan signoff）更改，不能直接设置</translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Leads (the first funnel stage) over the plan</source>
        <translation>计划期内的线索数（漏斗第一阶段）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Customers (the last funnel stage) over the plan</source>
        <translation>计划期内的客户数（漏斗最后阶段）</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>单线索成本</translation>
    </message>
    <message>
        <source>Channel spend divided by leads</source>
        <translation>渠道花费除以线索数</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>获客成本（CAC）</translation>
    </message>
    <message>
        <source>Channel spend divided by customers</source>
        <translation>渠道花费除以客户数</translation>
    </message>
    <message>
        <source>CAC with overhead</source>
        <translation>含固定费用的获客成本</translation>
    </message>
    <message>
        <source>Channel spend plus overhead, divided by customers</source>
        <translation>渠道花费加固定费用，再除以客户数</translation>
    </message>
    <message>
        <source>Lead to customer conversion</source>
        <translation>线索到客户转化率</translation>
    </message>
    <message>
        <source>Customers divided by leads</source>
        <translation>客户数除以线索数</translation>
    </message>
    <message>
        <source>Lifetime value per customer (LTV)</source>
        <translation>客户终身价值（LTV）</translation>
    </message>
    <message>
        <source>Discounted gross margin a customer brings over the value horizon</source>
        <translation>单个客户在价值期内带来的折现毛利</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Customers times their lifetime value</source>
        <translation>客户数乘以客户终身价值</translation>
    </message>
    <message>
        <source>Return on investment (ROI)</source>
        <translation>投资回报率（ROI）</translation>
    </message>
    <message>
        <source>ROI with overhead</source>
        <translation>含固定费用的投资回报率</translation>
    </message>
    <message>
        <source>(Customer value − spend − overhead) ÷ (spend + overhead)</source>
        <translation>（客户价值 − 花费 − 固定费用）÷（花费 + 固定费用）</translation>
    </message>
    <message>
        <source>Return ratio (value : spend)</source>
        <translation>投资回报比（价值 : 花费）</translation>
    </message>
    <message>
        <source>Customer value ÷ spend; &quot;ROI 1 : 3&quot; means a return ratio of 3</source>
        <translation>客户价值 ÷ 花费；“投资回报 1 : 3”表示投资回报比为 3</translation>
    </message>
    <message>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <source>Lifetime value ÷ customer acquisition cost</source>
        <translation>客户终身价值 ÷ 获客成本</translation>
    </message>
    <message>
        <source>Payback month</source>
        <translation>回本月份</translation>
    </message>
    <message>
        <source>The first month in which cumulative margin covers cumulative spend</source>
        <translation>累计毛利首次覆盖累计花费的月份</translation>
    </message>
    <message>
        <source>Channel spend</source>
        <translation>渠道花费</translation>
    </message>
    <message>
        <source>The budget spent on the channels</source>
        <translation>投入各渠道的预算</translation>
    </message>
    <message>
        <source>Spend to date</source>
        <translation>累计花费</translation>
    </message>
    <message>
        <source>Channel spend up to the end of the milestone&apos;s month</source>
        <translation>截至里程碑所在月月末的渠道花费</translation>
    </message>
    <message>
        <source>Customers to date</source>
        <translation>累计客户数</translation>
    </message>
    <message>
        <source>Customers up to the end of the milestone&apos;s month</source>
        <translation>截至里程碑所在月月末的客户数</translation>
    </message>
    <message>
        <source>CAC to date</source>
        <translation>累计获客成本</translation>
    </message>
    <message>
        <source>Spend to date ÷ customers to date</source>
        <translation>累计花费 ÷ 累计客户数</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>Cost per %1</source>
        <translation>单%1成本</translation>
    </message>
    <message>
        <source>%1 to date</source>
        <translation>累计%1</translation>
    </message>
    <message>
        <source>%1 → %2 conversion</source>
        <translation>%1 → %2 转化率</translation>
    </message>
    <message>
        <source>Channel spend divided by %1</source>
        <translation>渠道花费除以%1</translation>
    </message>
    <message>
        <source>%1 up to the end of the milestone&apos;s month</source>
        <translation>截至里程碑所在月月末的%1</translation>
    </message>
    <message>
        <source>%1 over the plan</source>
        <translation>计划期内的%1</translation>
    </message>
    <message>
        <source>%1 divided by %2</source>
        <translation>%1除以%2</translation>
    </message>
    <message>
        <source>(Customer value − spend) ÷ spend, as a percentage: ROI 200 % is a return ratio of 1 : 3. For a target written &quot;ROI 1 : 3&quot;, choose the return ratio instead</source>
        <translation>（客户价值 − 花费）÷ 花费，以百分比表示：投资回报率 200% 即投资回报比 1 : 3。目标写作“ROI 1 : 3”时，请改选投资回报比</translation>
    </message>
</context>
<context>
    <name>MilestoneTimelineAdapter</name>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>延误 1 天</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>延误 %1 天</translation>
    </message>
    <message>
        <source>1 day early</source>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <source>%1 days early</source>
        <translation>提前 %1 天</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Planned %1 · reference %2 (%3)</source>
        <translation>计划日期 %1 · 参照日期 %2（%3）</translation>
    </message>
    <message>
        <source>Escalation: %1</source>
        <translation>升级级别：%1</translation>
    </message>
    <message>
        <source>Status: %1 · owner: %2</source>
        <translation>状态：%1 · 负责人：%2</translation>
    </message>
    <message>
        <source>Blocked by %1</source>
        <translation>受阻于 %1</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Checkpoint %1 %2 %3: %4 (%5)</source>
        <translation>检查点 %1 %2 %3：预测 %4（%5）</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常（无需升级）</translation>
    </message>
    <message>
        <source>1 · department manager</source>
        <translation>1 · 部门经理</translation>
    </message>
    <message>
        <source>2 · director</source>
        <translation>2 · 总监</translation>
    </message>
    <message>
        <source>3 · general manager&apos;s office</source>
        <translation>3 · 总经理办公室</translation>
    </message>
    <message>
        <source>Gates: %1</source>
        <translation>控制渠道：%1</translation>
    </message>
</context>
<context>
    <name>MonteCarlo</name>
    <message>
        <source>trials: must be between 1 and %1 (got %2)</source>
        <translation>trials：必须介于 1 到 %1 之间（实际为 %2）</translation>
    </message>
    <message>
        <source>bins: must be at least 1 (got %1)</source>
        <translation>bins：必须至少为 1（实际为 %1）</translation>
    </message>
    <message>
        <source>histogram: &quot;%1&quot; is not a metric of the plan</source>
        <translation>histogram：“%1”不是本方案的指标</translation>
    </message>
    <message>
        <source>targets: &quot;%1&quot; is not a metric of the plan</source>
        <translation>targets：“%1”不是本方案的指标</translation>
    </message>
    <message>
        <source>Monte Carlo cancelled after %1 of %2 trials</source>
        <translation>蒙特卡洛模拟已取消（已完成 %1/%2 次试验）</translation>
    </message>
</context>
<context>
    <name>NumberText</name>
    <message>
        <source>a number is needed</source>
        <translation>需要输入数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>an amount is needed</source>
        <translation>需要输入金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money (for example 20,000,000, 2000万 or CNY 20M)</source>
        <translation>“%1”不是有效金额（例如 20,000,000、2000万 或 0.2亿）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2, the plan&apos;s currency</source>
        <translation>“%1”不是以方案币种 %2 计价的金额</translation>
    </message>
    <message>
        <source>a percentage is needed</source>
        <translation>需要输入百分比</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage (for example 60%, 60 or 0.6)</source>
        <translation>“%1”不是有效百分比（例如 60%、60 或 0.6）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (for example 2025-04-03, 2025/4/3 or 4/3)</source>
        <translation>“%1”不是有效日期（例如 2025-04-03、2025/4/3 或 4/3）</translation>
    </message>
</context>
<context>
    <name>Optimizer</name>
    <message>
        <source>%1: the channel pool must be a number ≥ 0 (got %2)</source>
        <translation>%1：渠道预算池必须是 ≥ 0 的数字（实际为 %2）</translation>
    </message>
    <message>
        <source>%1: cannot lock &quot;%2&quot;: the plan has no channel of that name</source>
        <translation>%1：无法锁定“%2”：方案中没有该名称的渠道</translation>
    </message>
    <message>
        <source> (locked channels at their share)</source>
        <translation> （锁定渠道按当前占比计）</translation>
    </message>
    <message>
        <source>%1.channels[*].min_share: the bounds are infeasible: the minimum shares add up to %2%3, more than 1</source>
        <translation>%1.channels[*].min_share：约束不可行：最低占比合计为 %2%3，大于 1</translation>
    </message>
    <message>
        <source>%1.channels[*].max_share: the bounds are infeasible: the maximum shares add up to %2%3, less than 1</source>
        <translation>%1.channels[*].max_share：约束不可行：最高占比合计为 %2%3，小于 1</translation>
    </message>
    <message>
        <source>%1.channels[&quot;%2&quot;]: the bounds are infeasible: min_share %3 is above max_share %4</source>
        <translation>%1.channels[&quot;%2&quot;]：约束不可行：min_share %3 大于 max_share %4</translation>
    </message>
</context>
<context>
    <name>OverviewChartAdapter</name>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Other channels (%1)</source>
        <translation>其他渠道（%1）</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>the team store&apos;s address is empty (for example postgresql://li.wei@db.example.com/plans)</source>
        <translation>团队存储的地址为空（例如 postgresql://li.wei@db.example.com/plans）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection address: %2</source>
        <translation>“%1”不是 PostgreSQL 连接地址：%2</translation>
    </message>
    <message>
        <source>%1: the server asks for a password and none was given (put it in PGPASSWORD or ~/.pgpass)</source>
        <translation>%1：服务器要求密码，但未提供（请在 PGPASSWORD 或 ~/.pgpass 中设置）</translation>
    </message>
    <message>
        <source>%1: the server refused the password of this user</source>
        <translation>%1：服务器拒绝了该用户的密码</translation>
    </message>
    <message>
        <source>%1: could not connect: %2</source>
        <translation>%1：无法连接：%2</translation>
    </message>
    <message>
        <source>%1: could not connect: out of memory</source>
        <translation>%1：无法连接：内存不足</translation>
    </message>
</context>
<context>
    <name>PlanDifferences</name>
    <message>
        <source>(absent)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 entries → %3 entries</source>
        <translation>%1：%2 项 → %3 项</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>the plans differ in a value the JSON form does not show (such as -0 against 0, or a default written out)</source>
        <translation>两个方案在 JSON 形式无法体现的值上存在差异（例如 -0 与 0，或显式写出的默认值）</translation>
    </message>
    <message>
        <source>… and %1 more differences</source>
        <translation>… 另有 %1 处差异</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>计划期（月）</translation>
    </message>
    <message>
        <source>Value horizon (months)</source>
        <translation>价值期（月）</translation>
    </message>
    <message>
        <source>Discount rate (annual)</source>
        <translation>折现率（年）</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Variance threshold</source>
        <translation>偏差阈值</translation>
    </message>
    <message>
        <source>Delay level 1 up to (days)</source>
        <translation>1 级延误上限（天）</translation>
    </message>
    <message>
        <source>Delay level 2 up to (days)</source>
        <translation>2 级延误上限（天）</translation>
    </message>
    <message>
        <source>Actuals compared with</source>
        <translation>实际数据对比情景</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>单线索成本</translation>
    </message>
    <message>
        <source>Saturation spend</source>
        <translation>饱和花费</translation>
    </message>
    <message>
        <source>Carryover</source>
        <translation>延续效应</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Conversion %1</source>
        <translation>转化率 %1</translation>
    </message>
    <message>
        <source>ARPU (monthly)</source>
        <translation>每客户月收入（ARPU）</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Retention (monthly)</source>
        <translation>月留存率</translation>
    </message>
    <message>
        <source>Min share</source>
        <translation>最低占比</translation>
    </message>
    <message>
        <source>Max share</source>
        <translation>最高占比</translation>
    </message>
    <message>
        <source>there is no conversion rate %1</source>
        <translation>不存在转化率 %1</translation>
    </message>
</context>
<context>
    <name>PlanHome</name>
    <message>
        <source>history entry %1: not JSON (%2)</source>
        <translation>历史记录第 %1 条：不是 JSON（%2）</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is damaged (its plan is not JSON)</source>
        <translation>版本“%1”已损坏（其中的计划不是 JSON）</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is damaged (%2)</source>
        <translation>版本“%1”已损坏（%2）</translation>
    </message>
    <message>
        <source>history entry %1: missing — the file says its history ends at entry %2, but it ends at entry %3 (entries were removed after they were written)</source>
        <translation>历史记录第 %1 条：缺失——文件记载其历史止于第 %2 条，实际却止于第 %3 条（有记录在写入后被删除）</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>%1: must be an object with a &quot;name&quot; and a &quot;plan&quot;</source>
        <translation>%1：必须是包含“name”和“plan”的对象</translation>
    </message>
    <message>
        <source>there is no version named &quot;%1&quot;</source>
        <translation>没有名为“%1”的版本</translation>
    </message>
    <message>
        <source>a version needs a name</source>
        <translation>版本需要一个名称</translation>
    </message>
    <message>
        <source>a version named &quot;%1&quot; exists already</source>
        <translation>名为“%1”的版本已存在</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 changed while it was being read</source>
        <translation>%1 在读取过程中发生了变化</translation>
    </message>
</context>
<context>
    <name>PlanIo</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>无法写入（%1）</translation>
    </message>
    <message>
        <source>cannot be written (%1); the previous file is unchanged</source>
        <translation>无法写入（%1）；原文件保持不变</translation>
    </message>
    <message>
        <source>cannot be written (another program or window is saving it right now); the previous file is unchanged</source>
        <translation>无法写入（另一个程序或窗口正在保存该文件）；原文件保持不变</translation>
    </message>
    <message>
        <source>cannot be written (its lock file cannot be created); the previous file is unchanged</source>
        <translation>无法写入（无法创建其锁文件）；原文件保持不变</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>is nested more than %1 levels deep</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object</source>
        <translation>键 %1 在同一对象中出现了两次</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>\u%1 is half of a UTF-16 surrogate pair without its other half</source>
        <translation>\u%1 是 UTF-16 代理对的一半，缺少另一半</translation>
    </message>
    <message>
        <source>not a valid Campaign Planner plan: %1</source>
        <translation>不是有效的 Campaign Planner 方案：%1</translation>
    </message>
    <message>
        <source>not a Campaign Planner plan: not JSON (%1 at byte %2)</source>
        <translation>不是 Campaign Planner 方案：不是有效的 JSON（第 %2 字节：%1）</translation>
    </message>
    <message>
        <source>not a Campaign Planner plan (format missing)</source>
        <translation>不是 Campaign Planner 方案（缺少 format）</translation>
    </message>
    <message>
        <source>not a Campaign Planner plan (format %1, expected &quot;%2&quot;)</source>
        <translation>不是 Campaign Planner 方案（format 为 %1，应为“%2”）</translation>
    </message>
    <message>
        <source>plan: missing</source>
        <translation>plan：缺失</translation>
    </message>
    <message>
        <source>plan: must be an object (got %1)</source>
        <translation>plan：必须是对象（实际为 %1）</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a number (got %1)</source>
        <translation>必须是数字（实际为 %1）</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限数值</translation>
    </message>
    <message>
        <source>must be a whole number (got %1)</source>
        <translation>必须是整数（实际为 %1）</translation>
    </message>
    <message>
        <source>is far too large (got %1)</source>
        <translation>数值过大（实际为 %1）</translation>
    </message>
    <message>
        <source>must be text (got %1)</source>
        <translation>必须是文本（实际为 %1）</translation>
    </message>
    <message>
        <source>must be a list (got %1)</source>
        <translation>必须是列表（实际为 %1）</translation>
    </message>
    <message>
        <source>must be an object (got %1)</source>
        <translation>必须是对象（实际为 %1）</translation>
    </message>
    <message>
        <source>must be &lt;= or &gt;= (got %1)</source>
        <translation>必须是 &lt;= 或 &gt;=（实际为 %1）</translation>
    </message>
    <message>
        <source>must be channel, overhead or reserve (got %1)</source>
        <translation>必须是 channel、overhead 或 reserve（实际为 %1）</translation>
    </message>
    <message>
        <source>must hold 2 whole numbers [a, b] (got %1)</source>
        <translation>必须包含 2 个整数 [a, b]（实际有 %1 个）</translation>
    </message>
    <message>
        <source>must be planned, in_progress, done or cancelled (got %1)</source>
        <translation>必须是 planned、in_progress、done 或 cancelled（实际为 %1）</translation>
    </message>
    <message>
        <source>unknown category %1</source>
        <translation>未知类别 %1</translation>
    </message>
    <message>
        <source>unknown channel %1</source>
        <translation>未知渠道 %1</translation>
    </message>
    <message>
        <source>must hold either &quot;quarterly&quot; or &quot;monthly&quot; weights, not both</source>
        <translation>只能包含 &quot;quarterly&quot; 或 &quot;monthly&quot; 权重之一，不能同时包含</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters, too long for a plan</source>
        <translation>文本长度超过 %1 个字符，对方案而言过长</translation>
    </message>
    <message>
        <source>%1: unknown key (only &quot;format&quot;, &quot;plan&quot;, &quot;history&quot; and &quot;versions&quot; belong here)</source>
        <translation>%1：未知的键（此处只能有“format”、“plan”、“history”和“versions”）</translation>
    </message>
    <message>
        <source>%1: must be a list (got %2)</source>
        <translation>%1：必须是列表（实际为 %2）</translation>
    </message>
    <message>
        <source>must be director, finance, pm or viewer (got %1)</source>
        <translation>必须是 director、finance、pm 或 viewer（实际为 %1）</translation>
    </message>
    <message>
        <source>must be draft, submitted, approved or locked (got %1)</source>
        <translation>必须是 draft、submitted、approved 或 locked（实际为 %1）</translation>
    </message>
</context>
<context>
    <name>PlanPaths</name>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是常规文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a plan file</source>
        <translation>是文件夹，不是方案文件</translation>
    </message>
    <message>
        <source>is not a plan file (it is %1)</source>
        <translation>不是方案文件（它是%1）</translation>
    </message>
    <message>
        <source>is too large to be a plan (%1 bytes; the limit is %2)</source>
        <translation>过大，不可能是方案文件（%1 字节；上限为 %2）</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>is too large to be a plan (more than %1 bytes)</source>
        <translation>过大，不可能是方案文件（超过 %1 字节）</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which does not exist</source>
        <translation>它是指向 %1 的符号链接，而该目标不存在</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which is not a plan file of yours</source>
        <translation>它是指向 %1 的符号链接，而该目标不是您自己的方案文件</translation>
    </message>
    <message>
        <source>it is %1, not a file</source>
        <translation>它是%1，不是文件</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the folder %1 is read-only, so no file can be written in it</source>
        <translation>文件夹 %1 为只读，无法在其中写入文件</translation>
    </message>
</context>
<context>
    <name>PlanReports</name>
    <message>
        <source>scenarios: the plan has no scenario to compare</source>
        <translation>scenarios：方案中没有可对比的情景</translation>
    </message>
    <message>
        <source>There is no scenario named &quot;%1&quot; to compare against.</source>
        <translation>没有名为“%1”的情景可供对比。</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; cannot be projected; see Alerts.</source>
        <translation>情景“%1”无法测算；请查看提醒。</translation>
    </message>
</context>
<context>
    <name>PlanTransforms</name>
    <message>
        <source>%1 %2 does not exist (there are %3)</source>
        <translation>%1 %2 不存在（共 %3 个）</translation>
    </message>
    <message>
        <source>Stage position</source>
        <translation>阶段位置</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>A funnel needs at least two stages (leads and customers).</source>
        <translation>漏斗至少需要两个阶段（线索和客户）。</translation>
    </message>
    <message>
        <source>Category position</source>
        <translation>类别位置</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel position</source>
        <translation>渠道位置</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>A plan needs at least one channel.</source>
        <translation>方案至少需要一个渠道。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>The horizon must be between 1 and 120 months (got %1).</source>
        <translation>计划期必须在 1 到 120 个月之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The shares add up to 0; enter at least one share first.</source>
        <translation>各占比合计为 0；请先至少输入一个占比。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>must be a month YYYY-MM (got %1)</source>
        <translation>必须是 YYYY-MM 格式的月份（当前为 %1）</translation>
    </message>
    <message>
        <source>must be 3 capital letters A-Z (got %1)</source>
        <translation>必须是 3 个大写字母 A-Z（当前为 %1）</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD (got %1)</source>
        <translation>必须是 YYYY-MM-DD 格式的日期（当前为 %1）</translation>
    </message>
    <message>
        <source>must name a scenario of the plan (got %1)</source>
        <translation>必须是本方案中某个情景的名称（当前为 %1）</translation>
    </message>
    <message>
        <source>must have between %1 and %2 stages (got %3)</source>
        <translation>必须有 %1 到 %2 个阶段（当前为 %3 个）</translation>
    </message>
    <message>
        <source>must include at least one category of kind &quot;channel&quot;</source>
        <translation>必须至少包含一个类型为“channel”的类别</translation>
    </message>
    <message>
        <source>must have between 1 and %1 channels (got %2)</source>
        <translation>必须有 1 到 %1 个渠道（当前为 %2 个）</translation>
    </message>
    <message>
        <source>must be [a, b] with 0 &lt;= a &lt;= b (got [%1, %2])</source>
        <translation>必须为 [a, b] 且 0 &lt;= a &lt;= b（当前为 [%1, %2]）</translation>
    </message>
    <message>
        <source>must be inside the plan, %1 to %2 (got %3)</source>
        <translation>必须在方案期内，即 %1 至 %2（当前为 %3）</translation>
    </message>
    <message>
        <source>unknown channel %1</source>
        <translation>未知渠道 %1</translation>
    </message>
    <message>
        <source>duplicate row: same month and channel as %1</source>
        <translation>重复行：月份和渠道与 %1 相同</translation>
    </message>
    <message>
        <source>must have at most %1 values, one per stage (got %2)</source>
        <translation>最多只能有 %1 个值，每个阶段一个（当前为 %2 个）</translation>
    </message>
    <message>
        <source>depends on itself through %1</source>
        <translation>通过 %1 依赖于自身</translation>
    </message>
    <message>
        <source>unknown milestone %1</source>
        <translation>未知里程碑 %1</translation>
    </message>
    <message>
        <source>must have exactly 4 weights, one per quarter (got %1)</source>
        <translation>必须恰好有 4 个权重，每季度一个（当前为 %1 个）</translation>
    </message>
    <message>
        <source>must have exactly %1 weights, one per month (got %2)</source>
        <translation>必须恰好有 %1 个权重，每月一个（当前为 %2 个）</translation>
    </message>
    <message>
        <source>must have a positive sum (got %1)</source>
        <translation>合计必须为正数（当前为 %1）</translation>
    </message>
    <message>
        <source>must have %1 rates, one per stage after the first (got %2)</source>
        <translation>必须有 %1 个转化率，首个阶段之后每个阶段一个（当前为 %2 个）</translation>
    </message>
    <message>
        <source>must not be more than max_share %1 (got %2)</source>
        <translation>不能大于 max_share %1（当前为 %2）</translation>
    </message>
    <message>
        <source>must have one share per category (got %1 for %2)</source>
        <translation>每个类别必须有一个占比（%2 个类别，当前为 %1 个）</translation>
    </message>
    <message>
        <source>must have one entry per channel (got %1 for %2)</source>
        <translation>每个渠道必须有一项（%2 个渠道，当前为 %1 项）</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>各占比</translation>
    </message>
    <message>
        <source>must have at least one scenario</source>
        <translation>必须至少有一个情景</translation>
    </message>
    <message>
        <source>unknown metric %1 (the stage number must be from %2 to %3)</source>
        <translation>未知指标 %1（阶段序号必须在 %2 到 %3 之间）</translation>
    </message>
    <message>
        <source>unknown metric %1</source>
        <translation>未知指标 %1</translation>
    </message>
    <message>
        <source>must be a finite number (got %1)</source>
        <translation>必须是有限数值（当前为 %1）</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>必须在 %1 到 %2 之间（当前为 %3）</translation>
    </message>
    <message>
        <source>must be at least %1 (got %2)</source>
        <translation>不能小于 %1（当前为 %2）</translation>
    </message>
    <message>
        <source>must be greater than %1 (got %2)</source>
        <translation>必须大于 %1（当前为 %2）</translation>
    </message>
    <message>
        <source>must be at most %1 (got %2)</source>
        <translation>不能大于 %1（当前为 %2）</translation>
    </message>
    <message>
        <source>must be at least 0 and less than 1 (got %1)</source>
        <translation>必须大于等于 0 且小于 1（当前为 %1）</translation>
    </message>
    <message>
        <source>must sum to 1 (got %1)</source>
        <translation>合计必须为 1（当前为 %1）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>ID %1 重复</translation>
    </message>
    <message>
        <source>duplicate name %1</source>
        <translation>名称 %1 重复</translation>
    </message>
    <message>
        <source>a cancelled milestone cannot gate spend (it is never reached); remove its gates or change its status</source>
        <translation>已取消的里程碑不能控制投放（它永远不会达成）；请删除其闸门渠道或更改其状态</translation>
    </message>
    <message>
        <source>channel %1 is gated twice</source>
        <translation>渠道 %1 被重复列为闸门</translation>
    </message>
</context>
<context>
    <name>QtDialogProvider</name>
    <message>
        <source>Campaign plans (*.cplan *.json);;Campaign Planner files (*.cplan);;Interchange JSON (*.json);;All files (*)</source>
        <translation>方案文件 (*.cplan *.json);;Campaign Planner 文件 (*.cplan);;交换格式 JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before %2?</source>
        <translation>%2前，是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Campaign Planner did not close normally. A recovery copy of “%1” saved at %2 was found.</source>
        <translation>Campaign Planner 上次未正常关闭。找到了“%1”于 %2 保存的恢复副本。</translation>
    </message>
    <message>
        <source>Restore it? If you discard it, the recovery copy is deleted.</source>
        <translation>是否恢复？如果放弃，恢复副本将被删除。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>方案另存为</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>导入实际数据</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;CSV and TSV text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx);;CSV 和 TSV 文本 (*.csv *.tsv *.txt);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File changed by another program</source>
        <translation>文件已被其他程序修改</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program since you opened or saved it here.</source>
        <translation>自您在此打开或保存“%1”以来，它已在磁盘上被其他程序修改。</translation>
    </message>
    <message>
        <source>Saving now would replace that version with yours. What do you want to do?</source>
        <translation>现在保存将用您的版本替换该版本。您想怎么做？</translation>
    </message>
    <message>
        <source>What do you want to do with your version?</source>
        <translation>您想如何处理您的版本？</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>从磁盘重新加载</translation>
    </message>
    <message>
        <source>Keep Mine, Save As…</source>
        <translation>保留我的版本并另存为…</translation>
    </message>
    <message>
        <source>Replace with Mine</source>
        <translation>用我的版本替换</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>替换已有文件？</translation>
    </message>
    <message numerus="yes">
        <source>The export would replace %n file(s) that exist already:</source>
        <translation>
            <numerusform>导出将替换 %n 个已有文件：</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them?</source>
        <translation>要替换它们吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
</context>
<context>
    <name>RecoveryStamp</name>
    <message>
        <source>Cannot write %1 (%2)</source>
        <translation>无法写入 %1（%2）</translation>
    </message>
</context>
<context>
    <name>Replan</name>
    <message>
        <source>%1: the status date must be a date YYYY-MM-DD (got &quot;%2&quot;)</source>
        <translation>%1：状态日期必须是 YYYY-MM-DD 格式的日期（当前为“%2”）</translation>
    </message>
    <message>
        <source>plan.start: must be a month YYYY-MM (got &quot;%1&quot;)</source>
        <translation>plan.start：必须是 YYYY-MM 格式的月份（当前为“%1”）</translation>
    </message>
    <message>
        <source>%1: cannot re-plan: %2 has already been spent, more than the channel pool of %3 (overspent by %4)</source>
        <translation>%1：无法重新规划：已花费 %2，超过了渠道预算池 %3（超支 %4）</translation>
    </message>
    <message>
        <source>%1: cannot lock &quot;%2&quot;: the plan has no channel of that name</source>
        <translation>%1：无法锁定“%2”：方案中没有该名称的渠道</translation>
    </message>
    <message>
        <source>%1: the bounds cannot hold together: the channels must still spend at least %2 in the open months (their minimum shares less what they have spent, and the locked channels&apos; planned spend), more than the remaining pool of %3</source>
        <translation>%1：约束条件相互矛盾：各渠道在未结束月份中至少还须花费 %2（其最低占比减去已花费金额，再加上已锁定渠道的计划花费），超过了剩余预算池 %3</translation>
    </message>
    <message>
        <source>%1: the bounds cannot hold together: the channels may spend at most %2 in the open months (their maximum shares less what they have spent, and the locked channels&apos; planned spend), less than the remaining pool of %3</source>
        <translation>%1：约束条件相互矛盾：各渠道在未结束月份中最多只能花费 %2（其最高占比减去已花费金额，再加上已锁定渠道的计划花费），低于剩余预算池 %3</translation>
    </message>
    <message>
        <source>%1 (baseline from %2)</source>
        <translation>%1（基准，自 %2 起）</translation>
    </message>
    <message>
        <source>%1 (re-plan from %2)</source>
        <translation>%1（重新规划，自 %2 起）</translation>
    </message>
    <message>
        <source>%1: cannot re-plan from the status date %2: a re-plan needs at least one closed month and one open month (a month is closed on its last day), so the status date must be from %3 to %4</source>
        <translation>%1：无法从状态日期 %2 重新规划：重新规划至少需要一个已关账月份和一个未关账月份（月份在其最后一天关账），因此状态日期必须在 %3 到 %4 之间</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Monthly spend by channel</source>
        <translation>各渠道月度花费</translation>
    </message>
    <message>
        <source>Channel split</source>
        <translation>渠道分配</translation>
    </message>
    <message>
        <source>Funnel by stage</source>
        <translation>各阶段漏斗</translation>
    </message>
    <message>
        <source>Cumulative spend and margin</source>
        <translation>累计花费与毛利</translation>
    </message>
    <message>
        <source>Lifetime value against acquisition cost</source>
        <translation>客户终身价值与获客成本对比</translation>
    </message>
    <message>
        <source>Spend per channel by scenario</source>
        <translation>各情景的渠道花费</translation>
    </message>
    <message>
        <source>Milestone timeline</source>
        <translation>里程碑时间线</translation>
    </message>
    <message>
        <source>Spend: actuals against plan, all channels</source>
        <translation>花费：实际与计划对比（全部渠道）</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Customers per month (P10, P50, P90)</source>
        <translation>每月客户数（P10、P50、P90）</translation>
    </message>
    <message>
        <source>Tornado</source>
        <translation>龙卷风图</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>关键指标与目标对比</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>仪表板：%1</translation>
    </message>
    <message>
        <source>Monthly spend, channel split, funnel, cash curve and lifetime value against acquisition cost of the scenario.</source>
        <translation>该情景的月度花费、渠道分配、漏斗、现金曲线，以及客户终身价值与获客成本的对比。</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <source>Every scenario against the base; Δ and Δ% are the difference to the base.</source>
        <translation>各情景与基准情景对比；Δ 和 Δ% 为与基准情景的差值。</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Status date %1. Level 1 to 3: how far a delay is escalated.</source>
        <translation>状态日期：%1。级别 1 至 3 表示延误的升级程度。</translation>
    </message>
    <message>
        <source>Actuals against plan</source>
        <translation>实际与计划对比</translation>
    </message>
    <message>
        <source>Rows whose spend or a measured stage deviates by more than the threshold are flagged and shaded.</source>
        <translation>花费或任一已测量阶段的偏差超过阈值的行会被标记并加底色。</translation>
    </message>
    <message>
        <source>Uncertainty (Monte Carlo)</source>
        <translation>不确定性（蒙特卡洛）</translation>
    </message>
    <message>
        <source>The spread of the results when the uncertain drivers vary.</source>
        <translation>不确定驱动因素变化时结果的分布范围。</translation>
    </message>
    <message>
        <source>Sensitivity (tornado)</source>
        <translation>敏感性（龙卷风图）</translation>
    </message>
    <message>
        <source>Each driver moved up and down on its own.</source>
        <translation>每次仅将一个驱动因素上调和下调。</translation>
    </message>
    <message>
        <source>Appendix: changes</source>
        <translation>附录：变更</translation>
    </message>
    <message>
        <source>Every change recorded in the plan&apos;s history, with its author.</source>
        <translation>计划历史中记录的每一项变更及其作者。</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Board report</source>
        <translation>董事会报告</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>Status date: %1</source>
        <translation>状态日期：%1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>金额单位：%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>测算值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Sign-off: %1</source>
        <translation>审批：%1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>the PDF report needs the application&apos;s graphics (QApplication)</source>
        <translation>生成 PDF 报告需要应用程序的图形环境（QApplication）</translation>
    </message>
    <message>
        <source>cannot draw the report</source>
        <translation>无法绘制报告</translation>
    </message>
</context>
<context>
    <name>ScenarioNameDialog</name>
    <message>
        <source>Name of the new scenario:</source>
        <translation>新情景名称：</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>swing: must be at least 0 and below 1 (got %1)</source>
        <translation>swing：必须大于等于 0 且小于 1（当前为 %1）</translation>
    </message>
    <message>
        <source>metric: &quot;%1&quot; is not a metric of the plan</source>
        <translation>metric：“%1”不是本方案的指标</translation>
    </message>
</context>
<context>
    <name>SignoffRules</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Submit “%1” for approval</source>
        <translation>提交“%1”以供批准</translation>
    </message>
    <message>
        <source>Approve “%1”</source>
        <translation>批准“%1”</translation>
    </message>
    <message>
        <source>Return “%1” to draft</source>
        <translation>将“%1”退回为草稿</translation>
    </message>
    <message>
        <source>Lock “%1”</source>
        <translation>锁定“%1”</translation>
    </message>
    <message>
        <source>cannot %1 a scenario that is %2 (only one that is %3)</source>
        <translation>不能对%2的情景执行 %1（只能对%3的情景执行）</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>草稿状态</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>submitted or approved</source>
        <translation>已提交或已批准</translation>
    </message>
    <message>
        <source>a scenario is returned with a comment that says why</source>
        <translation>退回情景时需附上说明原因的备注</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Use “New draft from this scenario” to change a copy.</source>
        <translation>请用“从此情景新建草稿”修改其副本。</translation>
    </message>
    <message>
        <source>Scenario “%1” is locked (approved by %2 on %3) and cannot be changed.</source>
        <translation>情景“%1”已锁定（由 %2 于 %3 批准），不能修改。</translation>
    </message>
    <message>
        <source>Scenario “%1” was approved by %2 on %3 and cannot be changed.</source>
        <translation>情景“%1”已由 %2 于 %3 批准，不能修改。</translation>
    </message>
    <message>
        <source>Scenario “%1” was submitted for approval by %2 on %3 and cannot be changed until it is approved or returned.</source>
        <translation>情景“%1”已由 %2 于 %3 提交审批，在批准或退回之前不能修改。</translation>
    </message>
    <message>
        <source>Scenario “%1” is %2 and cannot be changed.</source>
        <translation>情景“%1”%2，不能修改。</translation>
    </message>
</context>
<context>
    <name>SignoffText</name>
    <message>
        <source>Draft (returned by %1: %2)</source>
        <translation>草稿（%1 退回：%2）</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2</source>
        <translation>%1 于 %2 提交</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>%1 于 %2 批准</translation>
    </message>
    <message>
        <source>Locked (approved by %1 on %2)</source>
        <translation>已锁定（%1 于 %2 批准）</translation>
    </message>
    <message>
        <source>“%1” approved by %2 on %3</source>
        <translation>“%1”由 %2 于 %3 批准</translation>
    </message>
    <message>
        <source>“%1” approved by %2 on %3 and locked</source>
        <translation>“%1”由 %2 于 %3 批准并已锁定</translation>
    </message>
    <message>
        <source>No scenario is approved yet</source>
        <translation>尚无已批准的情景</translation>
    </message>
</context>
<context>
    <name>SqliteVersion</name>
    <message>
        <source>SQLite did not answer</source>
        <translation>SQLite 没有响应</translation>
    </message>
    <message>
        <source>the SQLite driver is not available (%1)</source>
        <translation>SQLite 驱动不可用（%1）</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1: the table has more than %2 data rows; a plan holds at most 24,000 actual rows (120 months × 200 channels), so the file is not read. Split it or filter it to the plan&apos;s months first.</source>
        <translation>%1：表格的数据行超过 %2 行；一个方案最多容纳 24,000 行实际数据（120 个月 × 200 个渠道），因此未读取该文件。请先拆分文件，或只筛选出方案所含的月份。</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1：无法打开文件（%2）</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: the file is %2; %3 above %4 are not read. Export only the months and channels of the plan.</source>
        <translation>%1：文件大小为 %2；超过 %4 的%3无法读取。请只导出方案所含的月份和渠道。</translation>
    </message>
    <message>
        <source>workbooks</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>text files</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1：无法读取文件（%2）</translation>
    </message>
    <message>
        <source>%1: the file holds binary data (a zero byte at offset %2), not CSV or TSV text. Choose a .csv, .tsv, .txt or .xlsx file; a UTF-16 file without a byte-order mark needs the encoding UTF-16.</source>
        <translation>%1：文件包含二进制数据（偏移量 %2 处有零字节），不是 CSV 或 TSV 文本。请选择 .csv、.tsv、.txt 或 .xlsx 文件；没有字节顺序标记（BOM）的 UTF-16 文件需要将编码选为 UTF-16。</translation>
    </message>
    <message>
        <source>%1: this build cannot decode %2 text</source>
        <translation>%1：此版本无法解码 %2 文本</translation>
    </message>
    <message>
        <source>%1: the file is not valid %2 text; choose another encoding</source>
        <translation>%1：文件不是有效的 %2 文本；请选择其他编码</translation>
    </message>
    <message>
        <source>%1: the file holds binary data, not CSV or TSV text</source>
        <translation>%1：文件包含二进制数据，不是 CSV 或 TSV 文本</translation>
    </message>
    <message>
        <source>%1: row %2 opens a quoted field that never ends</source>
        <translation>%1：第 %2 行的引号字段未闭合</translation>
    </message>
    <message>
        <source>%1: the file holds no rows</source>
        <translation>%1：文件中没有任何行</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (the zip archive cannot be read)</source>
        <translation>%1：不是 XLSX 工作簿（无法读取 zip 压缩包）</translation>
    </message>
    <message>
        <source>%1: the zip archive&apos;s directory cannot be read</source>
        <translation>%1：无法读取 zip 压缩包的目录</translation>
    </message>
    <message>
        <source>%1: the archive holds %2 parts; workbooks with more than %3 are not read</source>
        <translation>%1：压缩包包含 %2 个部件；超过 %3 个部件的工作簿无法读取</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (the part %2 is missing)</source>
        <translation>%1：不是 XLSX 工作簿（缺少部件 %2）</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be unpacked</source>
        <translation>%1：无法解压部件 %2</translation>
    </message>
    <message>
        <source>%1: the workbook part %2 unpacks to more than %3 (or more than %4 times its packed size); it looks like a zip bomb and is not read</source>
        <translation>%1：工作簿部件 %2 解压后超过 %3（或超过其压缩大小的 %4 倍）；疑似 zip 炸弹，未读取</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged (zip error %3)</source>
        <translation>%1：部件 %2 已损坏（zip 错误 %3）</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged (checksum mismatch)</source>
        <translation>%1：部件 %2 已损坏（校验和不匹配）</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 columns; it is not read</source>
        <translation>%1：第 %2 行超过 %3 列；该行未读取</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is not well-formed XML (%3 at line %4)</source>
        <translation>%1：工作表“%2”不是格式正确的 XML（第 %4 行：%3）</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is empty</source>
        <translation>%1：工作表“%2”为空</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1：工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: no sheet named &quot;%2&quot; (the workbook has %3)</source>
        <translation>%1：没有名为“%2”的工作表（工作簿中有 %3）</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; has no part in the archive</source>
        <translation>%1：压缩包中没有工作表“%2”对应的部件</translation>
    </message>
    <message>
        <source>%1: row %2 has the cell %3 twice or out of order; the sheet is damaged</source>
        <translation>%1：第 %2 行的单元格 %3 重复或顺序错乱，工作表已损坏</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (the sheet &quot;%2&quot; points outside the archive)</source>
        <translation>%1：不是 XLSX 工作簿（工作表“%2”指向压缩包之外）</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 columns; tables with more than %3 columns are not read (the column limit)</source>
        <translation>%1：第 %2 行超过 %3 列；超过 %3 列的表格不予读取（列数上限）</translation>
    </message>
    <message>
        <source>%1: row %2 has a cell longer than %3 characters; such files are not read (the cell length limit)</source>
        <translation>%1：第 %2 行有超过 %3 个字符的单元格；此类文件不予读取（单元格长度上限）</translation>
    </message>
    <message>
        <source>row %1 cannot be the header: it is empty or outside the table (rows 1 to %2)</source>
        <translation>第 %1 行不能作为表头：该行为空或不在表格范围内（第 1 至 %2 行）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1：不是文件</translation>
    </message>
</context>
<context>
    <name>TabularText</name>
    <message>
        <source>The pasted text is too large (%1 characters; at most %2).</source>
        <translation>粘贴的文本过大（%1 个字符；最多 %2 个）。</translation>
    </message>
    <message>
        <source>The pasted text contains NUL characters; it is not a table.</source>
        <translation>粘贴的文本包含 NUL 字符，不是表格。</translation>
    </message>
    <message>
        <source>The pasted table is too large (at most %1 rows, %2 columns and %3 cells).</source>
        <translation>粘贴的表格过大（最多 %1 行、%2 列、%3 个单元格）。</translation>
    </message>
    <message>
        <source>The pasted text has a quote that is never closed.</source>
        <translation>粘贴的文本中有未闭合的引号。</translation>
    </message>
</context>
<context>
    <name>TeamFields</name>
    <message>
        <source>team store: the field %1 is both a value and has fields below it</source>
        <translation>团队存储：字段 %1 既是一个值，其下又有字段</translation>
    </message>
    <message>
        <source>team store: %1 names &quot;%2&quot;, which has no fields</source>
        <translation>团队存储：%1 列出了“%2”，但它没有任何字段</translation>
    </message>
    <message>
        <source>team store: %1 has fields of an element it does not name</source>
        <translation>团队存储：%1 含有未列出的元素的字段</translation>
    </message>
    <message>
        <source>team store: a field has a path that does not read: %1</source>
        <translation>团队存储：某个字段的路径无法解析：%1</translation>
    </message>
</context>
<context>
    <name>TeamHome</name>
    <message>
        <source>%1: the plan in the team store does not read: %2</source>
        <translation>%1：团队存储中的方案无法读取：%2</translation>
    </message>
    <message>
        <source>nothing (removed)</source>
        <translation>无（已删除）</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (revision %4) to %5</source>
        <translation>%1 已由 %2 于 %3 修改为 %5（修订 %4）</translation>
    </message>
    <message>
        <source>another member changed it since: %1; nothing was changed</source>
        <translation>此后另一位成员已修改：%1；未做任何更改</translation>
    </message>
    <message>
        <source>with the other members&apos; changes the plan is not valid: %1</source>
        <translation>合并其他成员的修改后，方案无效：%1</translation>
    </message>
    <message>
        <source>%1: no version named &quot;%2&quot;</source>
        <translation>%1：没有名为“%2”的版本</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>%1: the team store has schema version %2, newer than this Campaign Planner knows (%3); update Campaign Planner to use it</source>
        <translation>%1：团队存储的结构版本为 %2，高于本版 Campaign Planner 支持的版本（%3）；请升级 Campaign Planner 后再使用</translation>
    </message>
    <message>
        <source>%1: the server is PostgreSQL %2; the team store needs PostgreSQL 15 or later</source>
        <translation>%1：服务器为 PostgreSQL %2；团队存储需要 PostgreSQL 15 或更高版本</translation>
    </message>
    <message>
        <source>%1 (creating the team store needs a user who may create schemas and roles in this database)</source>
        <translation>%1（创建团队存储需要一个可在此数据库中创建模式和角色的用户）</translation>
    </message>
    <message>
        <source>%1: migration %2 of the team store failed, nothing of it was applied: %3</source>
        <translation>%1：团队存储的第 %2 步迁移失败，该步未做任何更改：%3</translation>
    </message>
    <message>
        <source>%1: not a Campaign Planner team store (create one with `cplan team init URL`)</source>
        <translation>%1：不是 Campaign Planner 团队存储（请用 `cplan team init URL` 创建）</translation>
    </message>
    <message>
        <source>%1: the team store has schema version %2, older than this Campaign Planner&apos;s %3; its owner brings it up to date with `cplan team init URL`</source>
        <translation>%1：团队存储的结构版本为 %2，低于本版 Campaign Planner 的 %3；请由其所有者运行 `cplan team init URL` 升级</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>%1: the user %2 has no role in this team store (its owner adds members with `cplan team people URL --add NAME --role R`)</source>
        <translation>%1：用户 %2 在此团队存储中没有角色（所有者可用 `cplan team people URL --add NAME --role R` 添加成员）</translation>
    </message>
    <message>
        <source>the plan&apos;s name in the team store is empty</source>
        <translation>方案在团队存储中的名称为空</translation>
    </message>
    <message>
        <source>%1: a plan named &quot;%2&quot; is already in the team store</source>
        <translation>%1：团队存储中已有名为“%2”的方案</translation>
    </message>
    <message>
        <source>%1: only the team store&apos;s owner publishes plans (%2 may not)</source>
        <translation>%1：只有团队存储的所有者可以发布方案（%2 无此权限）</translation>
    </message>
    <message>
        <source>Published to the team store</source>
        <translation>发布到团队存储</translation>
    </message>
    <message>
        <source>%1: %2 may only read the plans of this team store</source>
        <translation>%1：%2 只能读取此团队存储中的方案</translation>
    </message>
    <message>
        <source>%1: no plan named &quot;%2&quot; in the team store</source>
        <translation>%1：团队存储中没有名为“%2”的方案</translation>
    </message>
    <message>
        <source>%1: the plan &quot;%2&quot; in the team store does not read: %3</source>
        <translation>%1：团队存储中的方案“%2”无法读取：%3</translation>
    </message>
    <message>
        <source>%1: version &quot;%2&quot; does not read: %3</source>
        <translation>%1：版本“%2”无法读取：%3</translation>
    </message>
    <message>
        <source>%1: %2 (%3) may only read the plans of this team store</source>
        <translation>%1：%2（%3）只能读取此团队存储中的方案</translation>
    </message>
    <message>
        <source>--revision: %1 is not a revision of &quot;%2&quot; (the latest is %3)</source>
        <translation>--revision：%1 不是“%2”的修订号（最新为 %3）</translation>
    </message>
    <message>
        <source>%1: %2 (%3) may not change %4</source>
        <translation>%1：%2（%3）无权修改 %4</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (revision %4) to %5</source>
        <translation>%1 已由 %2 于 %3 修改为 %5（修订 %4）</translation>
    </message>
    <message>
        <source>the edit was made on revision %1 of &quot;%2&quot;, and since then %3; nothing was changed</source>
        <translation>此修改基于“%2”的修订 %1，而此后 %3；未做任何更改</translation>
    </message>
    <message>
        <source>%1: the server refused to remove fields %2 for %3</source>
        <translation>%1：服务器拒绝为 %3 删除字段 %2</translation>
    </message>
    <message>
        <source>%1: the server refused to change fields of &quot;%2&quot; for %3</source>
        <translation>%1：服务器拒绝为 %3 修改“%2”的字段</translation>
    </message>
    <message>
        <source>%1: a version named &quot;%2&quot; already exists</source>
        <translation>%1：名为“%2”的版本已存在</translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not a role (director, finance, pm, viewer)</source>
        <translation>--role：“%1”不是角色（director、finance、pm、viewer）</translation>
    </message>
    <message>
        <source>--add: the member&apos;s name is empty</source>
        <translation>--add：成员名称为空</translation>
    </message>
    <message>
        <source>%1: a role named &quot;%2&quot; already exists on this server</source>
        <translation>%1：此服务器上已有名为“%2”的角色</translation>
    </message>
    <message>
        <source>%1: %2 may not create members (the store&apos;s owner, with the right to create roles, adds them)</source>
        <translation>%1：%2 无权创建成员（由有权创建角色的存储所有者添加）</translation>
    </message>
    <message>
        <source>%1: the edit id %2 was used before by another member; nothing was changed</source>
        <translation>%1：修改编号 %2 已被其他成员使用；未做任何更改</translation>
    </message>
    <message>
        <source>%1: the plan is no longer in the team store</source>
        <translation>%1：该方案已不在团队存储中</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>%1: a text of %2 characters, longer than the %3 a plan allows</source>
        <translation>%1：文本长度为 %2 个字符，超过方案允许的 %3 个字符</translation>
    </message>
</context>
<context>
    <name>TornadoAdapter</name>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>Return ratio</source>
        <translation>投资回报比</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>%1占比</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>单线索成本</translation>
    </message>
    <message>
        <source>Conversion rates</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Monthly revenue per customer</source>
        <translation>每客户月收入</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Monthly retention</source>
        <translation>月留存率</translation>
    </message>
    <message>
        <source>Saturation spend</source>
        <translation>饱和花费</translation>
    </message>
</context>
<context>
    <name>ViolationSentence</name>
    <message>
        <source>cost per lead uncertainty</source>
        <translation>单线索成本不确定性</translation>
    </message>
    <message>
        <source>conversion uncertainty</source>
        <translation>转化率不确定性</translation>
    </message>
    <message>
        <source>revenue uncertainty</source>
        <translation>收入不确定性</translation>
    </message>
    <message>
        <source>retention uncertainty</source>
        <translation>留存率不确定性</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>cost per lead</source>
        <translation>单线索成本</translation>
    </message>
    <message>
        <source>saturation spend</source>
        <translation>饱和花费</translation>
    </message>
    <message>
        <source>carryover</source>
        <translation>延续效应</translation>
    </message>
    <message>
        <source>conversion rates</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>monthly revenue per customer</source>
        <translation>每客户月收入</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>monthly retention</source>
        <translation>月留存率</translation>
    </message>
    <message>
        <source>minimum share</source>
        <translation>最低占比</translation>
    </message>
    <message>
        <source>maximum share</source>
        <translation>最高占比</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>category shares</source>
        <translation>类别占比</translation>
    </message>
    <message>
        <source>channel shares</source>
        <translation>渠道占比</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>start month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>number of months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>value horizon (months)</source>
        <translation>价值期（月）</translation>
    </message>
    <message>
        <source>annual discount rate</source>
        <translation>年折现率</translation>
    </message>
    <message>
        <source>status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>funnel stages</source>
        <translation>漏斗阶段</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>variance threshold</source>
        <translation>偏差阈值</translation>
    </message>
    <message>
        <source>escalation thresholds (days)</source>
        <translation>升级阈值（天）</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>forecast date</source>
        <translation>预测日期</translation>
    </message>
    <message>
        <source>actual date</source>
        <translation>实际日期</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>前置依赖</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>volumes</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>quarterly weights</source>
        <translation>季度权重</translation>
    </message>
    <message>
        <source>monthly weights</source>
        <translation>月度权重</translation>
    </message>
    <message>
        <source>must add up to 100% (now %1)</source>
        <translation>合计必须为 100%（当前为 %1）</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (you typed %3)</source>
        <translation>必须在 %1 到 %2 之间（您输入的是 %3）</translation>
    </message>
    <message>
        <source>must be more than %1 (you typed %2)</source>
        <translation>必须大于 %1（您输入的是 %2）</translation>
    </message>
    <message>
        <source>must be at least %1 (you typed %2)</source>
        <translation>不能小于 %1（您输入的是 %2）</translation>
    </message>
    <message>
        <source>must be at least 0% and less than 100% (you typed %1)</source>
        <translation>必须大于等于 0% 且小于 100%（您输入的是 %1）</translation>
    </message>
    <message>
        <source>must not be more than the maximum share %1 (you typed %2)</source>
        <translation>不能大于最高占比 %1（您输入的是 %2）</translation>
    </message>
    <message>
        <source>(now </source>
        <translation>（当前为 </translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>情景 %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>渠道 %1</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>里程碑 %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;</source>
        <translation>目标“%1”</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>检查点 %1</translation>
    </message>
    <message>
        <source>Actuals %1 · %2</source>
        <translation>实际数据 %1 · %2</translation>
    </message>
    <message>
        <source>Actuals row %1</source>
        <translation>实际数据第 %1 行</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot;</source>
        <translation>类别“%1”</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>share of %1</source>
        <translation>%1占比</translation>
    </message>
    <message>
        <source>category share %1</source>
        <translation>类别占比 %1</translation>
    </message>
    <message>
        <source>funnel stage %1</source>
        <translation>漏斗阶段 %1</translation>
    </message>
    <message>
        <source>Q%1 weight</source>
        <translation>第%1季度权重</translation>
    </message>
    <message>
        <source>weight of %1</source>
        <translation>%1的权重</translation>
    </message>
    <message>
        <source>phasing</source>
        <translation>投放节奏</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>gated channels</source>
        <translation>受控渠道</translation>
    </message>
    <message>
        <source>%1 trillion</source>
        <translation>%1万亿</translation>
    </message>
    <message>
        <source>an endless number</source>
        <translation>无穷大的数</translation>
    </message>
    <message>
        <source>a %1-digit number</source>
        <translation>一个 %1 位数</translation>
    </message>
    <message>
        <source>must be at most %1 (you typed %2)</source>
        <translation>不能大于 %1（您输入的是 %2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a field and what it must be</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place and what is wrong there</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1：无法创建工作簿</translation>
    </message>
    <message>
        <source>%1: cannot add the sheet &quot;%2&quot;</source>
        <translation>%1：无法添加工作表“%2”</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation>%1：无法写入工作簿（%2）</translation>
    </message>
    <message>
        <source>%1: nothing to export</source>
        <translation>%1：没有可导出的内容</translation>
    </message>
</context>
<context>
    <name>cplan::AboutDialog</name>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>About Campaign Planner</source>
        <translation>关于 Campaign Planner</translation>
    </message>
    <message>
        <source>Campaign Planner %1</source>
        <translation>Campaign Planner %1</translation>
    </message>
    <message>
        <source>Plan and budget marketing campaigns: budgets, phasing, channel funnels, scenarios, milestones and actuals.</source>
        <translation>规划营销活动并编制预算：预算、投放节奏、渠道漏斗、情景、里程碑和实际数据。</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>构建：</translation>
    </message>
    <message>
        <source>%1 build, commit %2</source>
        <translation>%1 构建，提交 %2</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时使用 %2）</translation>
    </message>
    <message>
        <source>QCustomPlot:</source>
        <translation>QCustomPlot：</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite：</translation>
    </message>
    <message>
        <source>Eigen:</source>
        <translation>Eigen：</translation>
    </message>
    <message>
        <source>Campaign Planner is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Campaign Planner 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本的条款重新分发和/或修改本软件。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>It uses Qt (GNU LGPL 3), QCustomPlot (GNU GPL 3), SQLite (public domain) and Eigen (Mozilla Public License 2.0).</source>
        <translation>本软件使用了 Qt（GNU LGPL 3）、QCustomPlot（GNU GPL 3）、SQLite（公有领域）和 Eigen（Mozilla 公共许可证 2.0）。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the version information, e.g. for a bug report</source>
        <translation>复制版本信息，例如用于提交问题报告</translation>
    </message>
</context>
<context>
    <name>cplan::ActualsChart</name>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Actual, flagged</source>
        <translation>实际（已标记）</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>
Planned: %1</source>
        <translation>
计划：%1</translation>
    </message>
    <message>
        <source>
Actual: %1 (%2)</source>
        <translation>
实际：%1（%2）</translation>
    </message>
    <message>
        <source>
Flagged: beyond the variance threshold</source>
        <translation>
已标记：超出偏差阈值</translation>
    </message>
    <message>
        <source>
No actuals</source>
        <translation>
无实际数据</translation>
    </message>
</context>
<context>
    <name>cplan::ActualsChartView</name>
    <message>
        <source>Spend: planned against actual</source>
        <translation>花费：计划与实际对比</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
</context>
<context>
    <name>cplan::ActualsModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>there is no such month and channel</source>
        <translation>没有该月份和渠道</translation>
    </message>
    <message>
        <source>there is no such stage</source>
        <translation>没有该阶段</translation>
    </message>
    <message>
        <source>volumes are the first stages measured; clear %1 first</source>
        <translation>各阶段数量须从第一个阶段起依次填写；请先清除“%1”</translation>
    </message>
    <message>
        <source>volumes are the first stages measured; enter %1 first</source>
        <translation>各阶段数量须从第一个阶段起依次填写；请先输入“%1”</translation>
    </message>
</context>
<context>
    <name>cplan::ActualsPage</name>
    <message>
        <source>&amp;Re-plan from actuals…</source>
        <translation>根据实际数据重新规划(&amp;R)…</translation>
    </message>
    <message>
        <source>Re-plan the money left in the active scenario over the months after the status date, given the actual spend so far</source>
        <translation>根据截至目前的实际花费，将当前情景的剩余资金在状态日期之后的月份中重新规划</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import actuals from a CSV, TSV or Excel file (one undo step)</source>
        <translation>从 CSV、TSV 或 Excel 文件导入实际数据（可一步撤销）</translation>
    </message>
    <message>
        <source>The scenario the actuals are compared with. The plan&apos;s baseline (Plan settings) is what alerts use.</source>
        <translation>与实际数据对比的情景。提醒使用的是方案的基准情景（在方案设置中指定）。</translation>
    </message>
    <message>
        <source>Compare actuals with:</source>
        <translation>实际数据对比对象：</translation>
    </message>
    <message>
        <source>Type measured spend and the volumes of the first stages measured (empty = not measured). Clearing a row&apos;s spend and volumes removes it. Highlighted cells are off the plan by more than the variance threshold.</source>
        <translation>输入实测花费以及已测量的前几个阶段的数量（留空表示未测量）。清除某行的花费和数量即删除该行。高亮的单元格与计划的偏差超过了偏差阈值。</translation>
    </message>
    <message>
        <source>Actuals by month and channel</source>
        <translation>按月份和渠道的实际数据</translation>
    </message>
    <message>
        <source>Variance and re-forecast</source>
        <translation>偏差与最新预估</translation>
    </message>
    <message>
        <source>Spend: planned against actual</source>
        <translation>花费：计划与实际对比</translation>
    </message>
    <message>
        <source>Baseline (%1)</source>
        <translation>基准（%1）</translation>
    </message>
    <message>
        <source>the plan&apos;s baseline; alerts use it too</source>
        <translation>方案的基准情景；提醒也使用它</translation>
    </message>
    <message>
        <source>not the baseline: alerts still compare with %1</source>
        <translation>不是基准情景：提醒仍与“%1”对比</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>实际数据</translation>
    </message>
</context>
<context>
    <name>cplan::ActualsVariancePanel</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Planned spend</source>
        <translation>计划花费</translation>
    </message>
    <message>
        <source>Actual spend</source>
        <translation>实际花费</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Cost against benchmark</source>
        <translation>成本与标杆对比</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Re-forecast</source>
        <translation>最新预估</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>By channel, all measured months</source>
        <translation>按渠道（所有已测量月份）</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>Re-forecast: the plan with the measured months as measured</source>
        <translation>最新预估：已测量月份取实际数据后的方案</translation>
    </message>
    <message>
        <source>no stage measured in every month</source>
        <translation>没有每月都测量的阶段</translation>
    </message>
    <message>
        <source>%1 per %2 against %3 planned%4</source>
        <translation>每%2成本 %1，计划 %3%4</translation>
    </message>
    <message>
        <source> — over benchmark</source>
        <translation> — 超出标杆</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Cost per %1</source>
        <translation>每%1成本</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>Return ratio (value : spend)</source>
        <translation>投资回报比（价值 : 花费）</translation>
    </message>
    <message>
        <source>Spend %1 against the plan&apos;s %2</source>
        <translation>花费偏差 %1（计划为 %2）</translation>
    </message>
    <message>
        <source>%1 %2 against the plan&apos;s %3</source>
        <translation>%1偏差 %2（计划为 %3）</translation>
    </message>
</context>
<context>
    <name>cplan::AlertsDock</name>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Show only one kind of alert</source>
        <translation>只显示一类提醒</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>需要关注的事项</translation>
    </message>
    <message>
        <source>Click an alert to go to its place</source>
        <translation>点击提醒可跳转到相应位置</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>提醒（%1）</translation>
    </message>
</context>
<context>
    <name>cplan::AnalysisMonteCarloPanel</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>重新运行(&amp;U)</translation>
    </message>
    <message>
        <source>How many random draws of the uncertain drivers</source>
        <translation>对不确定驱动因素进行随机抽样的次数</translation>
    </message>
    <message>
        <source>The same seed gives the same results on every run</source>
        <translation>相同的随机种子每次运行都会得到相同的结果</translation>
    </message>
    <message>
        <source>The metric of the histogram</source>
        <translation>直方图所显示的指标</translation>
    </message>
    <message>
        <source>Run the trials on the active scenario</source>
        <translation>在当前情景上运行模拟</translation>
    </message>
    <message>
        <source>Stop the running trials</source>
        <translation>停止正在运行的模拟</translation>
    </message>
    <message>
        <source>Run again on the plan as it is now</source>
        <translation>基于方案的当前状态重新运行</translation>
    </message>
    <message>
        <source>&amp;Trials:</source>
        <translation>模拟次数(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Histogram of:</source>
        <translation>直方图指标(&amp;H)：</translation>
    </message>
    <message>
        <source>P5</source>
        <translation>P5</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Chance met</source>
        <translation>达成概率</translation>
    </message>
    <message>
        <source>Customers per month: the range of the trials</source>
        <translation>每月客户数：各次试验的范围</translation>
    </message>
    <message>
        <source>Running %1 trials on &quot;%2&quot;…</source>
        <translation>正在对“%2”运行 %1 次试验…</translation>
    </message>
    <message>
        <source>Cancelled: the results below are from the previous run.</source>
        <translation>已取消：以下是上一次运行的结果。</translation>
    </message>
    <message>
        <source>Cancelled before the trials finished; nothing to show.</source>
        <translation>在试验完成前已取消；没有可显示的结果。</translation>
    </message>
    <message>
        <source>The trials could not run: %1</source>
        <translation>无法运行试验：%1</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; — out of date</source>
        <translation>“%2”的%1 — 已过期</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; over %3 trials</source>
        <translation>“%2”的%1（%3 次试验）</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <source>Out of date: the plan or the active scenario changed after these results were run on &quot;%1&quot;. Re-run to see current figures.</source>
        <translation>已过期：在对“%1”运行这些结果之后，方案或当前情景已更改。请重新运行以查看最新数据。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 trials, seed %3.</source>
        <translation>“%1”：%2 次试验，随机种子 %3。</translation>
    </message>
    <message>
        <source>Draws every uncertain driver (cost per lead, conversion, revenue, retention) within its range and projects the plan once per trial. Press Run.</source>
        <translation>在各不确定驱动因素（单线索成本、转化率、收入、留存率）的范围内随机抽样，每次试验对方案测算一次。请点击“运行”。</translation>
    </message>
    <message>
        <source>Customers per month: the range of the first %1 trials</source>
        <translation>每月客户数：前 %1 次试验的范围</translation>
    </message>
</context>
<context>
    <name>cplan::AnalysisPage</name>
    <message>
        <source>Optimise split…</source>
        <translation>优化分配…</translation>
    </message>
    <message>
        <source>Find the channel split with the most customer value, or the pool for a goal</source>
        <translation>寻找客户价值最高的渠道分配，或求解实现目标所需的渠道预算池</translation>
    </message>
    <message>
        <source>&amp;Uncertainty (Monte Carlo)</source>
        <translation>不确定性（蒙特卡洛）(&amp;U)</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity (tornado)</source>
        <translation>敏感性（龙卷风图）(&amp;V)</translation>
    </message>
    <message>
        <source>Analysis of the active scenario</source>
        <translation>当前情景分析</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
</context>
<context>
    <name>cplan::AnalysisSensitivityPanel</name>
    <message>
        <source>The metric each bar shows at both ends of the swing</source>
        <translation>每个条形在波动两端所显示的指标</translation>
    </message>
    <message>
        <source>How far each driver moves down and up, one at a time</source>
        <translation>每个驱动因素逐一下调和上调的幅度</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Swing:</source>
        <translation>波动幅度(&amp;S)：</translation>
    </message>
    <message>
        <source>The plan cannot be projected yet; see the Alerts.</source>
        <translation>方案暂时无法测算，请查看“提醒”。</translation>
    </message>
    <message>
        <source>Each driver moved down and up by %1, one at a time, on &quot;%2&quot;; the largest effect on top. Hover a bar for the exact values.</source>
        <translation>每个驱动因素逐一下调和上调 %1，观察对“%2”的影响；影响最大的排在最上方。将鼠标悬停在条形上可查看精确数值。</translation>
    </message>
    <message>
        <source>%1: what moves it most</source>
        <translation>%1：影响最大的因素</translation>
    </message>
</context>
<context>
    <name>cplan::BarChart</name>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>其他（%n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cplan::BudgetPage</name>
    <message>
        <source>The scenario&apos;s total budget, split into the categories below. Type it as you write it: 20,000,000, ¥20,000,000, 2000万, 0.2亿 or CNY 20M.</source>
        <translation>该情景的总预算，按下方类别分配。可按书写习惯输入：20,000,000、¥20,000,000、2000万 或 0.2亿。</translation>
    </message>
    <message>
        <source>Total budget:</source>
        <translation>总预算：</translation>
    </message>
    <message>
        <source>Pools:</source>
        <translation>预算池：</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Add a budget category with share 0</source>
        <translation>添加一个占比为 0 的预算类别</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected category</source>
        <translation>删除所选类别</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected category up</source>
        <translation>上移所选类别</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected category down</source>
        <translation>下移所选类别</translation>
    </message>
    <message>
        <source>Normalise to 100%</source>
        <translation>归一化为 100%</translation>
    </message>
    <message>
        <source>Scale the category shares so they sum to 100%</source>
        <translation>按比例调整各类别占比，使合计为 100%</translation>
    </message>
    <message>
        <source>The category shares sum to 0 and cannot be normalised.</source>
        <translation>类别占比合计为 0，无法归一化。</translation>
    </message>
    <message>
        <source>Scale the channel shares so they sum to 100%</source>
        <translation>按比例调整各渠道占比，使合计为 100%</translation>
    </message>
    <message>
        <source>The channel shares sum to 0 and cannot be normalised.</source>
        <translation>渠道占比合计为 0，无法归一化。</translation>
    </message>
    <message>
        <source>Budget categories</source>
        <translation>预算类别</translation>
    </message>
    <message>
        <source>Channel shares of the channel pool</source>
        <translation>渠道预算池中各渠道占比</translation>
    </message>
    <message>
        <source>channels %1 · overhead %2 · reserve %3 (not spent)</source>
        <translation>渠道 %1 · 固定费用 %2 · 预留 %3（不支出）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Total budget: %1</source>
        <translation>总预算：%1</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Select the category to remove.</source>
        <translation>请选择要删除的类别。</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
</context>
<context>
    <name>cplan::CalibrationChannelPanel</name>
    <message>
        <source>Driver</source>
        <translation>驱动因子</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Fitted ± standard error</source>
        <translation>拟合值 ± 标准误差</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>单线索成本</translation>
    </message>
    <message>
        <source>Saturation spend</source>
        <translation>饱和花费</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Carryover</source>
        <translation>延续效应</translation>
    </message>
    <message>
        <source>Conversion %1 → %2</source>
        <translation>%1 → %2 转化率</translation>
    </message>
    <message>
        <source>no month measured both stages</source>
        <translation>没有同时记录这两个阶段的月份</translation>
    </message>
    <message>
        <source>Apply the fitted value to the scenario</source>
        <translation>把拟合值应用到情景</translation>
    </message>
    <message>
        <source>Not identified: the current value is kept</source>
        <translation>无法识别：保留当前值</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) with spend and leads: a fit needs at least 6, so cost per lead, saturation and carryover keep their current values.</source>
        <translation>
            <numerusform>%n 个月有花费和线索：拟合至少需要 6 个月，因此单线索成本、饱和花费和延续效应保留当前值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) with spend and leads.</source>
        <translation>
            <numerusform>%n 个月有花费和线索。</numerusform>
        </translation>
    </message>
    <message>
        <source>The fit explains %1 of the variation in leads (R² %2).</source>
        <translation>拟合解释了线索波动的 %1（R² %2）。</translation>
    </message>
    <message>
        <source>The leads never varied, so R² says nothing.</source>
        <translation>线索数从未变化，因此 R² 没有意义。</translation>
    </message>
    <message>
        <source>Fitted leads are %1 off on average (MAPE).</source>
        <translation>拟合线索平均偏差 %1（MAPE）。</translation>
    </message>
    <message>
        <source>The last 3 months, predicted from the earlier ones, are %1 off (hold-out error).</source>
        <translation>用之前的月份预测最后 3 个月，偏差 %1（留出误差）。</translation>
    </message>
    <message>
        <source>Too few months to hold the last 3 out as a check.</source>
        <translation>月份太少，无法留出最后 3 个月作检验。</translation>
    </message>
    <message>
        <source>Not identified because</source>
        <translation>无法识别的原因</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>cplan::CalibrationChart</name>
    <message>
        <source>Actual leads</source>
        <translation>实际线索</translation>
    </message>
    <message>
        <source>Actual, hold-out months</source>
        <translation>实际线索（留出月份）</translation>
    </message>
    <message>
        <source>Fitted leads</source>
        <translation>拟合线索</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>
Actual leads: %1</source>
        <translation>
实际线索：%1</translation>
    </message>
    <message>
        <source>
Fitted leads: %1</source>
        <translation>
拟合线索：%1</translation>
    </message>
    <message>
        <source>
Hold-out month: predicted from the other months</source>
        <translation>
留出月份：由其他月份预测</translation>
    </message>
</context>
<context>
    <name>cplan::CalibrationDialog</name>
    <message>
        <source>&amp;Import past actuals…</source>
        <translation>导入历史实际数据(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save as new scenario…</source>
        <translation>另存为新情景(&amp;S)…</translation>
    </message>
    <message>
        <source>Calibrate from past actuals</source>
        <translation>根据历史实际数据校准</translation>
    </message>
    <message>
        <source>Save as new scenario</source>
        <translation>另存为新情景</translation>
    </message>
    <message>
        <source>Scenario “%1”: each channel&apos;s drivers fitted to the plan&apos;s past months. Only drivers the data identified can be applied.</source>
        <translation>情景“%1”：按方案的历史月份拟合各渠道的驱动因子。只有数据能识别的驱动因子才能应用。</translation>
    </message>
    <message>
        <source>Fit per channel</source>
        <translation>各渠道拟合</translation>
    </message>
    <message>
        <source>Past months</source>
        <translation>历史月份</translation>
    </message>
    <message>
        <source>Set the checked drivers of every channel in the scenario (one undo step)</source>
        <translation>把各渠道勾选的驱动因子写入该情景（一个撤销步骤）</translation>
    </message>
    <message>
        <source>Add a copy of the scenario with the checked drivers set</source>
        <translation>添加该情景的副本，并写入勾选的驱动因子</translation>
    </message>
    <message>
        <source>%1 (calibrated)</source>
        <translation>%1（已校准）</translation>
    </message>
    <message>
        <source>Read last year&apos;s monthly spend and volumes per channel from a CSV, TSV or Excel file into the past months (one undo step)</source>
        <translation>从 CSV、TSV 或 Excel 文件读取去年各渠道的月度花费和各阶段数量，存为历史月份（一个撤销步骤）</translation>
    </message>
    <message>
        <source>The past months cannot be used: %1</source>
        <translation>历史月份无法使用：%1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>No past months yet. Import last year&apos;s monthly spend and funnel volumes per channel (the same file layout as actuals).</source>
        <translation>还没有历史月份。请导入去年各渠道的月度花费和漏斗各阶段数量（文件格式与实际数据相同）。</translation>
    </message>
    <message numerus="yes">
        <source>%n past row(s), %1 to %2. They are the evidence of the fit; the plan keeps them.</source>
        <translation>
            <numerusform>%n 行历史数据，%1 至 %2。它们是拟合的依据，方案会保存这些数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Past months (%1)</source>
        <translation>历史月份（%1）</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>已拟合</translation>
    </message>
    <message>
        <source>not fitted</source>
        <translation>未拟合</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n month(s), %2</source>
        <translation>
            <numerusform>%1
%n 个月，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no channels.</source>
        <translation>方案中没有渠道。</translation>
    </message>
    <message>
        <source>The scenario “%1” no longer exists.</source>
        <translation>情景“%1”已不存在。</translation>
    </message>
    <message>
        <source>Nothing to apply: the checked drivers already have their fitted values.</source>
        <translation>没有可应用的内容：勾选的驱动因子已经是拟合值。</translation>
    </message>
    <message>
        <source>Calibrate %1 from past actuals</source>
        <translation>根据历史实际数据校准 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n calibrated value(s) set in “%1”; Undo takes them back.</source>
        <translation>
            <numerusform>已在“%1”中设置 %n 个校准值；撤销可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scenario name must not be empty.</source>
        <translation>情景名称不能为空。</translation>
    </message>
    <message>
        <source>The plan already has a scenario named “%1”.</source>
        <translation>方案中已有名为“%1”的情景。</translation>
    </message>
    <message>
        <source>Past months imported; every channel was fitted again.</source>
        <translation>历史月份已导入；所有渠道已重新拟合。</translation>
    </message>
</context>
<context>
    <name>cplan::CashCurveChart</name>
    <message>
        <source>Cumulative spend</source>
        <translation>累计花费</translation>
    </message>
    <message>
        <source>Cumulative margin</source>
        <translation>累计毛利</translation>
    </message>
    <message>
        <source>Month since the plan start</source>
        <translation>自方案开始的月数</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>plan ends</source>
        <translation>计划期结束</translation>
    </message>
    <message>
        <source>No payback within %1 months</source>
        <translation>%1 个月内未回本</translation>
    </message>
    <message>
        <source>Payback in month %1</source>
        <translation>第 %1 个月回本</translation>
    </message>
    <message>
        <source>Month %1
Cumulative spend: %2
Cumulative margin: %3</source>
        <translation>第 %1 个月
累计花费：%2
累计毛利：%3</translation>
    </message>
</context>
<context>
    <name>cplan::CategoriesModel</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>The category shares add up to %1, not 100%.</source>
        <translation>类别占比合计为 %1，而不是 100%。</translation>
    </message>
    <message>
        <source>The category shares add up to 100%.</source>
        <translation>类别占比合计为 100%。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>there is no category %1</source>
        <translation>不存在类别 %1</translation>
    </message>
    <message>
        <source>a category needs a name</source>
        <translation>类别必须有名称</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; already exists</source>
        <translation>类别“%1”已存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind (channel, overhead or reserve)</source>
        <translation>“%1”不是有效的类型（渠道、固定费用或预留）</translation>
    </message>
    <message>
        <source>the scenario has no share for this category</source>
        <translation>该情景中没有此类别的占比</translation>
    </message>
    <message>
        <source>the budget is 0, so an amount cannot be turned into a share; set the total budget first</source>
        <translation>预算为 0，无法将金额换算为占比；请先设置总预算</translation>
    </message>
    <message>
        <source>this cell cannot be edited</source>
        <translation>此单元格不可编辑</translation>
    </message>
</context>
<context>
    <name>cplan::CellDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>This value cannot be used here.</source>
        <translation>此处不能使用该值。</translation>
    </message>
</context>
<context>
    <name>cplan::ChangeTree</name>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>cplan::ChannelSplitChart</name>
    <message>
        <source>%1
%2 of the channel spend
%3</source>
        <translation>%1
占渠道花费的 %2
%3</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cplan::ChannelsModel</name>
    <message>
        <source>The channel shares add up to %1, not 100%.</source>
        <translation>渠道占比合计为 %1，而不是 100%。</translation>
    </message>
    <message>
        <source>The channel shares add up to 100%.</source>
        <translation>渠道占比合计为 100%。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The channel&apos;s name, as it appears in every table, chart and export.</source>
        <translation>渠道名称，显示在所有表格、图表和导出文件中。</translation>
    </message>
    <message>
        <source>An optional group of channels (public traffic, content, …).</source>
        <translation>可选的渠道分组（公域流量、内容等）。</translation>
    </message>
    <message>
        <source>Share of the channel pool spent on this channel; the shares add up to 100%.</source>
        <translation>该渠道花费占渠道预算池的比例；各渠道占比合计为 100%。</translation>
    </message>
    <message>
        <source>The money the share stands for: the channel pool × the share.</source>
        <translation>该占比对应的金额：渠道预算池 × 占比。</translation>
    </message>
    <message>
        <source>Cost per lead (CPL): what one lead costs at low spend, before saturation.</source>
        <translation>单线索成本（CPL）：花费较低、尚未饱和时获取一条线索的成本。</translation>
    </message>
    <message>
        <source>Saturation: the monthly spend at which the cost per lead has doubled (empty = the channel never saturates).</source>
        <translation>饱和花费：单线索成本翻倍时的月花费（留空 = 该渠道不会饱和）。</translation>
    </message>
    <message>
        <source>Carryover: the share of a month&apos;s response that arrives in later months (0% = all at once).</source>
        <translation>延续效应：当月投放带来的响应中，在之后月份才出现的比例（0% = 全部当月出现）。</translation>
    </message>
    <message>
        <source>Conversion: the share of %1 who become %2.</source>
        <translation>转化率：%1中转化为%2的比例。</translation>
    </message>
    <message>
        <source>ARPU: revenue per active customer per month.</source>
        <translation>每客户月收入（ARPU）：每位活跃客户每月带来的收入。</translation>
    </message>
    <message>
        <source>Margin: the gross margin kept from that revenue.</source>
        <translation>毛利率：该收入中留存为毛利的比例。</translation>
    </message>
    <message>
        <source>Retention: the share of customers still active the next month.</source>
        <translation>留存率：次月仍保持活跃的客户比例。</translation>
    </message>
    <message>
        <source>Minimum share: the optimiser never gives the channel less than this.</source>
        <translation>最低占比：优化时分配给该渠道的占比不低于此值。</translation>
    </message>
    <message>
        <source>Maximum share: the optimiser never gives the channel more than this.</source>
        <translation>最高占比：优化时分配给该渠道的占比不高于此值。</translation>
    </message>
    <message>
        <source>%1 of the channel pool</source>
        <translation>相当于渠道预算池中的 %1</translation>
    </message>
    <message>
        <source>there is no channel %1</source>
        <translation>不存在渠道 %1</translation>
    </message>
    <message>
        <source>a channel needs a name</source>
        <translation>渠道必须有名称</translation>
    </message>
    <message>
        <source>channel &quot;%1&quot; already exists</source>
        <translation>渠道“%1”已存在</translation>
    </message>
    <message>
        <source>the channel pool is 0, so an amount cannot be turned into a share; set the budget and the channel categories&apos; shares first</source>
        <translation>渠道预算池为 0，无法将金额换算为占比；请先设置预算及渠道类别的占比</translation>
    </message>
    <message>
        <source>this cell cannot be edited</source>
        <translation>此单元格不可编辑</translation>
    </message>
    <message>
        <source>an amount cannot be negative (you typed %1): the share would be below 0%</source>
        <translation>金额不能为负数（您输入的是 %1）：占比将低于 0%</translation>
    </message>
    <message>
        <source>%1 is more than the channel pool of %2 (%3 of it); an amount can be at most the pool</source>
        <translation>%1 超过了渠道预算池 %2（为其 %3）；金额最多等于预算池</translation>
    </message>
</context>
<context>
    <name>cplan::ChannelsPage</name>
    <message>
        <source>Add channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>Add a channel with share 0 and the first channel&apos;s drivers</source>
        <translation>添加一个占比为 0 的渠道，驱动参数沿用第一个渠道</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected channel and its actuals</source>
        <translation>删除所选渠道及其实际数据</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected channel up</source>
        <translation>上移所选渠道</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected channel down</source>
        <translation>下移所选渠道</translation>
    </message>
    <message>
        <source>Normalise shares</source>
        <translation>占比归一化</translation>
    </message>
    <message>
        <source>Scale the channel shares so they sum to 100%</source>
        <translation>按比例调整各渠道占比，使合计为 100%</translation>
    </message>
    <message>
        <source>The channel shares sum to 0 and cannot be normalised.</source>
        <translation>渠道占比合计为 0，无法归一化。</translation>
    </message>
    <message>
        <source>Drivers of the active scenario. Saturation: the monthly spend at which the cost per lead has doubled (empty = none). Conversion columns are stage-to-stage rates.</source>
        <translation>当前情景的驱动参数。饱和花费：单线索成本翻倍时的月花费（留空 = 不饱和）。各转化率列为相邻阶段之间的转化率。</translation>
    </message>
    <message>
        <source>Channels and funnel drivers</source>
        <translation>渠道与漏斗驱动参数</translation>
    </message>
    <message>
        <source>Results per channel (active scenario)</source>
        <translation>各渠道结果（当前情景）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <source>Channel spend over the plan</source>
        <translation>方案期内的渠道花费</translation>
    </message>
    <message>
        <source>Leads (first funnel stage) over the plan</source>
        <translation>方案期内的线索数（漏斗第一阶段）</translation>
    </message>
    <message>
        <source>Customers (last funnel stage) over the plan</source>
        <translation>方案期内的客户数（漏斗最后阶段）</translation>
    </message>
    <message>
        <source>Customer acquisition cost: spend ÷ customers</source>
        <translation>获客成本：花费 ÷ 客户数</translation>
    </message>
    <message>
        <source>Customers × lifetime value</source>
        <translation>客户数 × 客户终身价值</translation>
    </message>
    <message>
        <source>Return on investment: (value − spend) ÷ spend</source>
        <translation>投资回报率：（价值 − 花费）÷ 花费</translation>
    </message>
    <message>
        <source>Lifetime value ÷ customer acquisition cost</source>
        <translation>客户终身价值 ÷ 获客成本</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>渠道 %1</translation>
    </message>
    <message>
        <source>Select the channel to remove.</source>
        <translation>请选择要删除的渠道。</translation>
    </message>
    <message>
        <source>Channels &amp; funnel</source>
        <translation>渠道与漏斗</translation>
    </message>
</context>
<context>
    <name>cplan::ChartView</name>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>显示整个期间</translation>
    </message>
    <message>
        <source>Show legend</source>
        <translation>显示图例</translation>
    </message>
    <message>
        <source>Amounts in 万 and 亿</source>
        <translation>金额以万、亿为单位</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>无法将图表写入 %1。</translation>
    </message>
</context>
<context>
    <name>cplan::CheckListDelegate</name>
    <message>
        <source>These checks cannot be used here.</source>
        <translation>此处不能使用这些检查项。</translation>
    </message>
</context>
<context>
    <name>cplan::CheckListEditor</name>
    <message>
        <source>Add check</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>Add a checkpoint on this milestone</source>
        <translation>为此里程碑添加检查点</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>1 : </source>
        <translation>1 : </translation>
    </message>
    <message>
        <source>month </source>
        <translation>月份 </translation>
    </message>
    <message>
        <source>What is checked, to the end of the milestone&apos;s month</source>
        <translation>检查的指标，统计截至里程碑所在月份的月底</translation>
    </message>
    <message>
        <source>≥ at least</source>
        <translation>≥ 至少</translation>
    </message>
    <message>
        <source>≤ at most</source>
        <translation>≤ 至多</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this check</source>
        <translation>删除此检查项</translation>
    </message>
</context>
<context>
    <name>cplan::ComparisonPage</name>
    <message>
        <source>Scenario comparison</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>cplan::ComparisonView</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>The scenario every difference is measured against</source>
        <translation>计算各项差异时作为参照的情景</translation>
    </message>
    <message>
        <source>Bold on green: the best of the shown scenarios for that row. Δ in green is better than the base, in red worse (lower is better for costs and payback). Rates differ in percentage points (pp).</source>
        <translation>绿底粗体：该行在所显示情景中最优。Δ 为绿色表示优于基准，为红色表示差于基准（成本和回本期越低越好）。比率之差以百分点（pp）表示。</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <source>Spend per channel</source>
        <translation>各渠道花费</translation>
    </message>
    <message>
        <source>Customers per channel</source>
        <translation>各渠道客户数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1（基准）</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <source>Best of the shown scenarios</source>
        <translation>所显示情景中最优</translation>
    </message>
    <message>
        <source>Better than the base</source>
        <translation>优于基准</translation>
    </message>
    <message>
        <source>Worse than the base</source>
        <translation>差于基准</translation>
    </message>
</context>
<context>
    <name>cplan::DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Could not delete the recovery copy</source>
        <translation>无法删除恢复副本</translation>
    </message>
    <message>
        <source>Could not restore the recovery copy</source>
        <translation>无法还原恢复副本</translation>
    </message>
    <message>
        <source>starting a new plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>opening the sample plan</source>
        <translation>打开示例方案</translation>
    </message>
    <message>
        <source>opening another plan</source>
        <translation>打开其他方案</translation>
    </message>
    <message>
        <source>Could not open the plan</source>
        <translation>无法打开方案</translation>
    </message>
    <message>
        <source>Could not save the plan</source>
        <translation>无法保存方案</translation>
    </message>
    <message>
        <source>reverting to the saved file</source>
        <translation>还原为已保存的文件</translation>
    </message>
    <message>
        <source>Could not revert the plan</source>
        <translation>无法还原方案</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Could not reload the plan</source>
        <translation>无法重新加载方案</translation>
    </message>
    <message>
        <source>Your version and the file on disk</source>
        <translation>您的版本与磁盘上的文件</translation>
    </message>
    <message>
        <source>The file on disk cannot be read as a plan now:
%1</source>
        <translation>磁盘上的文件目前无法作为方案读取：
%1</translation>
    </message>
    <message>
        <source>The file on disk holds the same plan as yours (only its bytes changed).</source>
        <translation>磁盘上的文件与您的方案内容相同（仅文件字节有变化）。</translation>
    </message>
    <message>
        <source>Changes from the file on disk to your version:
%1</source>
        <translation>与磁盘上的文件相比，您的版本有以下更改：
%1</translation>
    </message>
    <message>
        <source>Could not save the version</source>
        <translation>无法保存版本</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Could not save a local copy</source>
        <translation>无法保存本地副本</translation>
    </message>
    <message>
        <source>Could not send the kept edits</source>
        <translation>无法发送保留的编辑</translation>
    </message>
</context>
<context>
    <name>cplan::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>打印预览(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the plan as an Excel workbook, CSV tables, a PDF board report or JSON</source>
        <translation>将方案导出为 Excel 工作簿、CSV 表格、PDF 管理层报告或 JSON</translation>
    </message>
    <message>
        <source>Print the board report of the active scenario</source>
        <translation>打印当前情景的管理层报告</translation>
    </message>
    <message>
        <source>Show the board report&apos;s pages as they will print</source>
        <translation>按打印效果预览管理层报告的各页</translation>
    </message>
    <message>
        <source>The plan has problems (see the Alerts); fix them before exporting its figures.</source>
        <translation>方案存在问题（见“提醒”），请先修正再导出数据。</translation>
    </message>
    <message>
        <source>campaign-plan</source>
        <translation>推广方案</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>The plan has problems (see the Alerts); fix them before printing its report.</source>
        <translation>方案存在问题（见“提醒”），请先修正再打印报告。</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
</context>
<context>
    <name>cplan::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (.csv)</source>
        <translation>CSV 表格 (.csv)</translation>
    </message>
    <message>
        <source>PDF board report (.pdf)</source>
        <translation>PDF 管理层报告 (.pdf)</translation>
    </message>
    <message>
        <source>Plan as interchange JSON (.json)</source>
        <translation>方案交换格式 JSON (.json)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Every table, one file each</source>
        <translation>所有表格，每个表格一个文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>情景(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表格(&amp;T)：</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <source>One workbook: summary and targets of every scenario, channels, monthly figures with totals as formulas, comparison, milestones, actuals and the re-forecast.</source>
        <translation>一个工作簿：包含所有情景的摘要与目标、渠道、月度数据（合计以公式计算）、对比、里程碑、实际数据及最新预估。</translation>
    </message>
    <message>
        <source>One UTF-8 file per table (Excel opens Chinese names correctly), named after the file with the table&apos;s name added.</source>
        <translation>每个表格一个 UTF-8 文件（Excel 可正确显示中文名称），文件名为所选文件名加上表格名称。</translation>
    </message>
    <message>
        <source>The board report: key figures against targets, the dashboard charts, comparison, milestones and actuals; Monte Carlo and tornado when they have been run on the Analysis page.</source>
        <translation>管理层报告：关键指标与目标对比、仪表板图表、对比、里程碑和实际数据；若已在“分析”页运行蒙特卡洛模拟和龙卷风图分析，也会一并包含。</translation>
    </message>
    <message>
        <source>The whole plan as interchange JSON, for another tool or a version history.</source>
        <translation>以交换格式 JSON 导出整个方案，供其他工具使用或用于版本记录。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>cplan::FanChart</name>
    <message>
        <source>P10 to P90 of the trials</source>
        <translation>各次试验的 P10 至 P90</translation>
    </message>
    <message>
        <source>P50 (median)</source>
        <translation>P50（中位数）</translation>
    </message>
    <message>
        <source>Customers per month</source>
        <translation>每月客户数</translation>
    </message>
    <message>
        <source>%1: customers
P10 %2 · P50 %3 · P90 %4</source>
        <translation>%1：客户数
P10 %2 · P50 %3 · P90 %4</translation>
    </message>
</context>
<context>
    <name>cplan::FigureTile</name>
    <message>
        <source>✓ met</source>
        <translation>✓ 达成</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ 未达成</translation>
    </message>
</context>
<context>
    <name>cplan::FunnelChart</name>
    <message>
        <source>Volume</source>
        <translation>数量</translation>
    </message>
    <message>
        <source> · %1 of the stage before</source>
        <translation> · 由上一阶段转化 %1</translation>
    </message>
    <message>
        <source> · %1 each</source>
        <translation> · 单位成本 %1</translation>
    </message>
</context>
<context>
    <name>cplan::GateListDelegate</name>
    <message>
        <source>These gates cannot be used here.</source>
        <translation>这些闸门渠道不能用在这里。</translation>
    </message>
</context>
<context>
    <name>cplan::GateListEditor</name>
    <message>
        <source>Tick the channels whose spend waits for this milestone</source>
        <translation>勾选需等待此里程碑才开始投放的渠道</translation>
    </message>
    <message>
        <source>Not a channel of the plan</source>
        <translation>不是本方案的渠道</translation>
    </message>
</context>
<context>
    <name>cplan::GatedSpendNote</name>
    <message>
        <source>Late milestones hold back the spend of the channels they gate, and the figures here include the shift: %1</source>
        <translation>延迟的里程碑推迟了其闸门渠道的花费，此处数字已包含该推移：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>cplan::HelpMenu</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Read how to build, analyse and track a plan</source>
        <translation>了解如何创建、分析和跟踪方案</translation>
    </message>
    <message>
        <source>&amp;Help on This Page</source>
        <translation>本页帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open the user guide at the section about the page shown</source>
        <translation>打开用户指南中介绍当前页面的章节</translation>
    </message>
    <message>
        <source>&amp;About Campaign Planner</source>
        <translation>关于 Campaign Planner(&amp;A)</translation>
    </message>
    <message>
        <source>Version, build, libraries and licence</source>
        <translation>版本、构建、所用库及许可证</translation>
    </message>
</context>
<context>
    <name>cplan::HistogramChart</name>
    <message>
        <source>Trials</source>
        <translation>试验次数</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>%1 to %2
%3 trials (%4)</source>
        <translation>%1 至 %2
%3 次试验（%4）</translation>
    </message>
</context>
<context>
    <name>cplan::HistoryPanel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更数</translation>
    </message>
    <message>
        <source>The history was changed outside Campaign Planner: %1. The entries from there on cannot be trusted.</source>
        <translation>历史记录在 Campaign Planner 之外被改动：%1。从该条目起的记录不可信。</translation>
    </message>
    <message>
        <source>The newest %1 of %2 saved entries; `cplan history` lists them all.</source>
        <translation>显示已保存的 %2 条记录中最新的 %1 条；`cplan history` 可列出全部。</translation>
    </message>
    <message>
        <source>No history yet: every change is recorded here when the plan is saved.</source>
        <translation>尚无历史记录：保存计划时，每一项变更都会记录在这里。</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1（尚未保存）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Reading and checking the history…</source>
        <translation>正在读取并校验历史记录…</translation>
    </message>
</context>
<context>
    <name>cplan::ImportActualsDialog</name>
    <message>
        <source>Import actuals</source>
        <translation>导入实际数据</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Import the added and replaced rows as one undo step</source>
        <translation>将新增和替换的行作为一个可撤销的步骤导入</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Automatic (byte-order mark, UTF-8, else GB18030)</source>
        <translation>自动（依次按字节顺序标记、UTF-8、GB18030 识别）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>GB18030 (Chinese Excel, WPS)</source>
        <translation>GB18030（中文版 Excel、WPS）</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>取消读取</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Encoding (text files):</source>
        <translation>编码（文本文件）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Sheet (workbooks):</source>
        <translation>工作表（工作簿）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;pend:</source>
        <translation>花费(&amp;P)：</translation>
    </message>
    <message>
        <source>Volume of “%1”:</source>
        <translation>“%1”数量：</translation>
    </message>
    <message>
        <source>Channel in the file</source>
        <translation>文件中的渠道</translation>
    </message>
    <message>
        <source>Plan channel</source>
        <translation>方案中的渠道</translation>
    </message>
    <message>
        <source>Which column holds what. Headers that equal the plan&apos;s words (month, 月份, channel, 渠道, spend, 花费, stage names) are chosen for you.</source>
        <translation>指定各列的内容。与方案用词相同的表头（month、月份、channel、渠道、spend、花费及各阶段名称）会自动选定。</translation>
    </message>
    <message>
        <source>Channel names are matched to the plan&apos;s: the same name, else the same ignoring case and spaces. Choose a plan channel for the others, or leave their rows out.</source>
        <translation>渠道名称按以下规则与方案匹配：名称完全相同；否则忽略大小写和空格后相同。其余渠道请选择对应的方案渠道，或不导入其所在行。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) on the sheet “%1”, headers in row %2.</source>
        <translation>
            <numerusform>工作表“%1”中有 %n 行数据，表头位于第 %2 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s), %1, separated by %2.</source>
        <translation>
            <numerusform>%n 行数据，%1 编码，以%2分隔。</numerusform>
        </translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>— choose a column —</source>
        <translation>— 选择列 —</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>Every required column is chosen.</source>
        <translation>所有必需的列均已选定。</translation>
    </message>
    <message>
        <source>%1 (same name)</source>
        <translation>%1（名称相同）</translation>
    </message>
    <message>
        <source>%1 (ignoring case and spaces)</source>
        <translation>%1（忽略大小写和空格）</translation>
    </message>
    <message>
        <source>— not in the plan: leave its rows out —</source>
        <translation>— 方案中没有：不导入其所在行 —</translation>
    </message>
    <message>
        <source>%1 row(s) will be added, %2 replaced, %3 refused. Apply imports the added and replaced rows as one step that Undo takes back; refused rows are left out.</source>
        <translation>将新增 %1 行、替换 %2 行、拒绝 %3 行。“应用”会将新增和替换的行作为一个步骤导入，可用“撤销”撤回；被拒绝的行不会导入。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>replaces spend %1</source>
        <translation>替换原花费 %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the file</source>
        <translation>第 1 步（共 3 步）：选择文件</translation>
    </message>
    <message>
        <source>Step 2 of 3: which column is what</source>
        <translation>第 2 步（共 3 步）：指定各列内容</translation>
    </message>
    <message>
        <source>Step 3 of 3: check and apply</source>
        <translation>第 3 步（共 3 步）：检查并应用</translation>
    </message>
    <message>
        <source>The row that holds the column headers; rows above it (titles, notes) are left out. Found by itself; change it if it is wrong.</source>
        <translation>列标题所在的行；其上方的行（标题、说明）不导入。程序会自动识别；如有误请修改。</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>表头所在行(&amp;H)：</translation>
    </message>
    <message>
        <source>Headers in row %1; the rows above it are titles and notes.</source>
        <translation>表头位于第 %1 行；其上方的行为标题和说明。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more name(s)</source>
        <translation>
            <numerusform>另有 %Ln 个名称</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the plan: their rows are left out (rename them in the file to import them)</source>
        <translation>方案中没有：这些行不导入（如需导入，请在文件中改名）</translation>
    </message>
    <message numerus="yes">
        <source>%n totals row(s) (合计, Total) are skipped.</source>
        <translation>
            <numerusform>已跳过 %n 个合计行（合计、Total）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Import past actuals</source>
        <translation>导入历史实际数据</translation>
    </message>
    <message>
        <source>Import the past months as one undo step</source>
        <translation>把历史月份作为一个撤销步骤导入</translation>
    </message>
    <message>
        <source>Past months are the evidence of a calibration: they are imported only when every row is accepted. Correct the refused rows in the file.</source>
        <translation>历史月份是校准的依据：只有每一行都被接受时才会导入。请在文件中更正被拒绝的行。</translation>
    </message>
</context>
<context>
    <name>cplan::KeyFiguresLabel</name>
    <message>
        <source>The plan cannot be projected: see Alerts</source>
        <translation>方案无法测算：请查看“提醒”</translation>
    </message>
    <message>
        <source>Spend %1   Customers %2   CAC %3   LTV %4   Return %5   Payback %6</source>
        <translation>花费 %1   客户数 %2   获客成本 %3   客户终身价值 %4   投资回报 %5   回本 %6</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>不在计划期内</translation>
    </message>
    <message>
        <source>Key figures of the active scenario “%1”</source>
        <translation>当前情景“%1”的关键指标</translation>
    </message>
    <message>
        <source>%1 (latest estimate %2)</source>
        <translation>%1（最新预估 %2）</translation>
    </message>
    <message>
        <source>Customers: the model&apos;s projection for every month; the latest estimate takes the actual figures of the months with actuals and the projection for the rest (what the re-plan shows).</source>
        <translation>客户数：模型对每个月的测算；最新预估在有实际数据的月份采用实际数，其余月份采用测算值（即重新规划所显示的数）。</translation>
    </message>
</context>
<context>
    <name>cplan::LtvCacChart</name>
    <message>
        <source>LTV = CAC</source>
        <translation>LTV = CAC</translation>
    </message>
    <message>
        <source>LTV = 3 × CAC</source>
        <translation>LTV = 3 × CAC</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>获客成本（CAC）</translation>
    </message>
    <message>
        <source>Lifetime value (LTV)</source>
        <translation>客户终身价值（LTV）</translation>
    </message>
    <message>
        <source>%1
LTV: %2
CAC: %3
LTV : CAC = %4
Customers: %5</source>
        <translation>%1
客户终身价值：%2
获客成本：%3
LTV : CAC = %4
客户数：%5</translation>
    </message>
</context>
<context>
    <name>cplan::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, blank plan</source>
        <translation>新建空白方案</translation>
    </message>
    <message>
        <source>New from &amp;Sample</source>
        <translation>从示例新建(&amp;S)</translation>
    </message>
    <message>
        <source>Start from the brokerage sample plan</source>
        <translation>以券商示例方案为起点新建</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .cplan or .json plan</source>
        <translation>打开 .cplan 或 .json 方案</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the plan under another name</source>
        <translation>以其他名称保存方案</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Throw away the changes since the last save</source>
        <translation>放弃上次保存后的所有更改</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>关闭方案</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Campaign Planner</source>
        <translation>退出 Campaign Planner</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>重做上一次撤销的更改</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Cut the selected cells</source>
        <translation>剪切所选单元格</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>将所选单元格复制为制表符分隔的文本</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste cells copied from here, Excel or LibreOffice</source>
        <translation>粘贴从本程序、Excel 或 LibreOffice 复制的单元格</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>清除所选单元格</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>显示“%1”页</translation>
    </message>
    <message>
        <source>Show or hide the Alerts dock</source>
        <translation>显示或隐藏“提醒”面板</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>情景(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Optimise split…</source>
        <translation>优化分配(&amp;O)…</translation>
    </message>
    <message>
        <source>Find the channel split with the most customer value, or the pool for a goal</source>
        <translation>寻找客户价值最高的渠道分配，或求解实现目标所需的渠道预算池</translation>
    </message>
    <message>
        <source>&amp;Re-plan from actuals…</source>
        <translation>根据实际数据重新规划(&amp;R)…</translation>
    </message>
    <message>
        <source>Re-plan the money left over the months after the status date, given the actual spend so far</source>
        <translation>根据截至目前的实际花费，重新规划状态日期之后各月的剩余资金</translation>
    </message>
    <message>
        <source>&amp;Actuals</source>
        <translation>实际数据(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import actuals from a CSV, TSV or Excel file (one undo step)</source>
        <translation>从 CSV、TSV 或 Excel 文件导入实际数据（作为一个撤销步骤）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Active scenario:</source>
        <translation>当前情景：</translation>
    </message>
    <message>
        <source>The scenario every page shows and edits</source>
        <translation>所有页面显示和编辑的情景</translation>
    </message>
    <message>
        <source>%1[*] — Campaign Planner</source>
        <translation>%1[*] — Campaign Planner</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>清除最近打开的文件记录</translation>
    </message>
    <message>
        <source>The language changes the next time Campaign Planner starts.</source>
        <translation>界面语言将在下次启动 Campaign Planner 时更改。</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Interface language, how amounts are written, autosave interval</source>
        <translation>界面语言、金额写法、自动保存间隔</translation>
    </message>
    <message>
        <source>&amp;Calibrate from past actuals…</source>
        <translation>根据历史实际数据校准(&amp;C)…</translation>
    </message>
    <message>
        <source>Fit each channel&apos;s cost per lead, saturation, carryover and conversion rates to the plan&apos;s past months</source>
        <translation>按方案的历史月份拟合各渠道的单线索成本、饱和花费、延续效应和转化率</translation>
    </message>
    <message>
        <source>Show or hide the Versions dock (versions, history, team)</source>
        <translation>显示或隐藏“版本”面板（版本、历史记录、团队）</translation>
    </message>
    <message>
        <source>Open from &amp;Team Store…</source>
        <translation>从团队存储打开(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a plan the team shares on a PostgreSQL server</source>
        <translation>打开团队在 PostgreSQL 服务器上共享的计划</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>无法重做</translation>
    </message>
    <message>
        <source>%1[*] — %2 (%3, %4) — Campaign Planner</source>
        <translation>%1[*] — %2（%3，%4）— Campaign Planner</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>%n 项未发送</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Team store %1, plan &quot;%2&quot;</source>
        <translation>团队存储 %1，计划“%2”</translation>
    </message>
    <message>
        <source>A copy of the plan was saved as %1; this window stays on the team store.</source>
        <translation>计划副本已保存为 %1；此窗口仍连接团队存储。</translation>
    </message>
    <message>
        <source>Forget the recently opened team stores</source>
        <translation>清除最近打开的团队存储</translation>
    </message>
    <message>
        <source>Open Recent Tea&amp;m Store</source>
        <translation>最近的团队存储(&amp;M)</translation>
    </message>
</context>
<context>
    <name>cplan::MilestoneTimelineChart</name>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 天</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <translation>+%1 天</translation>
    </message>
    <message>
        <source>−1 day</source>
        <translation>−1 天</translation>
    </message>
    <message>
        <source>−%1 days</source>
        <translation>−%1 天</translation>
    </message>
    <message>
        <source>Status date %1</source>
        <translation>状态日期 %1</translation>
    </message>
</context>
<context>
    <name>cplan::MilestoneTimelineView</name>
    <message>
        <source>Milestone timeline</source>
        <translation>里程碑时间线</translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <translation>预测 %1</translation>
    </message>
    <message>
        <source>%1 (gates no channel)</source>
        <translation>%1（不控制任何渠道）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: on time, no cost</source>
        <translation>%1：按时，无代价</translation>
    </message>
</context>
<context>
    <name>cplan::MilestonesModel</name>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a check (metric &lt;= value or metric &gt;= value)</source>
        <translation>“%1”不是有效的检查项（应为“指标 &lt;= 数值”或“指标 &gt;= 数值”）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>前置依赖</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>The actual date %1 is ignored until the milestone is marked done; until then its forecast (or the status date) is used.</source>
        <translation>实际日期 %1 在里程碑标记为已完成之前不生效；在此之前使用预测日期（或状态日期）。</translation>
    </message>
    <message>
        <source>there is no milestone %1</source>
        <translation>不存在里程碑 %1</translation>
    </message>
    <message>
        <source>a milestone needs an id</source>
        <translation>里程碑必须有 ID</translation>
    </message>
    <message>
        <source>milestone &quot;%1&quot; already exists</source>
        <translation>里程碑“%1”已存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (planned, in_progress, done, cancelled)</source>
        <translation>“%1”不是有效的状态（计划、进行中、已完成、已取消）</translation>
    </message>
    <message>
        <source>this cell cannot be edited</source>
        <translation>此单元格不可编辑</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>闸门渠道</translation>
    </message>
    <message>
        <source>Channels whose spend waits for this milestone: if it slips into a later month, their spend moves with it.</source>
        <translation>需等待此里程碑才开始投放的渠道：里程碑推迟到以后的月份时，这些渠道的花费随之推后。</translation>
    </message>
</context>
<context>
    <name>cplan::MilestonesPage</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Add a milestone after the last one</source>
        <translation>在最后一个里程碑之后添加里程碑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected milestone</source>
        <translation>删除所选里程碑</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>参照日期</translation>
    </message>
    <message>
        <source>Delay (days)</source>
        <translation>延误（天）</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级级别</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>受阻于</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Status of the active scenario</source>
        <translation>当前情景的状态</translation>
    </message>
    <message>
        <source>%1 has an actual date (%2) but is not marked done, so the date is ignored and its delay is measured from the forecast or today.</source>
        <translation>“%1”已填写实际日期（%2），但未标记为已完成，因此该日期被忽略，延误按预测日期或今天计算。</translation>
    </message>
    <message>
        <source>Mark %1 done</source>
        <translation>将 %1 标记为已完成</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4 (%5)</source>
        <translation>%1 %2 %3：%4（%5）</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>新里程碑</translation>
    </message>
    <message>
        <source>Select the milestone to remove.</source>
        <translation>请选择要删除的里程碑。</translation>
    </message>
    <message>
        <source>Cost of delay</source>
        <translation>延误代价</translation>
    </message>
    <message>
        <source>What the slip of a milestone that gates channels costs, against the same plan with it on time</source>
        <translation>控制渠道投放的里程碑延误的代价（与其按时完成的同一方案相比）</translation>
    </message>
</context>
<context>
    <name>cplan::OfflineBanner</name>
    <message>
        <source>Save a &amp;Local Copy…</source>
        <translation>保存本地副本(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the plan as this window has it, with your unsent edits, as a .cplan file</source>
        <translation>将此窗口中的计划（含未发送的编辑）保存为 .cplan 文件</translation>
    </message>
    <message>
        <source>Connection to the team store lost — your edits are kept and will be sent when it is back.</source>
        <translation>与团队存储的连接已断开 — 您的编辑已保留，连接恢复后将自动发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n 项编辑等待发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cplan::OptimiseSplitDialog</name>
    <message>
        <source>&amp;Save as scenario…</source>
        <translation>另存为情景(&amp;S)…</translation>
    </message>
    <message>
        <source>Optimise split — %1</source>
        <translation>优化分配 — %1</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>另存为情景</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>What the optimal split maximises</source>
        <translation>最优分配要最大化的指标</translation>
    </message>
    <message>
        <source>None: split the scenario&apos;s channel pool</source>
        <translation>无：分配该情景的渠道预算池</translation>
    </message>
    <message>
        <source>Largest pool with CAC at most…</source>
        <translation>最大预算池，获客成本不超过…</translation>
    </message>
    <message>
        <source>Smallest pool that reaches customers…</source>
        <translation>最小预算池，客户数达到…</translation>
    </message>
    <message>
        <source>Smallest pool that reaches customer value…</source>
        <translation>最小预算池，客户价值达到…</translation>
    </message>
    <message>
        <source>Goal seek: find the channel pool for a goal, with the optimal split at every pool tried</source>
        <translation>目标求解：为目标寻找所需的渠道预算池，每个试算的预算池均采用最优分配</translation>
    </message>
    <message>
        <source>The CAC cap, the customers or the customer value to reach</source>
        <translation>获客成本上限，或要达到的客户数或客户价值</translation>
    </message>
    <message>
        <source>&amp;Maximise:</source>
        <translation>最大化(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Add the optimal split as a new scenario (one undo step)</source>
        <translation>将最优分配添加为新情景（可一步撤销）</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Share
now</source>
        <translation>当前
占比</translation>
    </message>
    <message>
        <source>Share
optimal</source>
        <translation>最优
占比</translation>
    </message>
    <message>
        <source>Spend
now</source>
        <translation>当前
花费</translation>
    </message>
    <message>
        <source>Spend
optimal</source>
        <translation>最优
花费</translation>
    </message>
    <message>
        <source>Return per extra
1,000 now</source>
        <translation>每增投 1,000
当前回报</translation>
    </message>
    <message>
        <source>Return per extra
1,000 optimal</source>
        <translation>每增投 1,000
最优回报</translation>
    </message>
    <message>
        <source>Hold this channel&apos;s share</source>
        <translation>保持该渠道的占比不变</translation>
    </message>
    <message>
        <source>Cannot optimise: %1</source>
        <translation>无法优化：%1</translation>
    </message>
    <message>
        <source>customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;th align=&apos;right&apos;&gt;Now&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;Optimal&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Customers&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Customer value&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Channel pool&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Maximising %6: uplift &lt;b&gt;%7&lt;/b&gt; (%8).&lt;/p&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;th align=&apos;right&apos;&gt;当前&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;最优&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;客户数&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;客户价值&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;渠道预算池&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;最大化%6：提升 &lt;b&gt;%7&lt;/b&gt;（%8）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Budget at the scenario&apos;s category shares: %1.</source>
        <translation>按该情景的类别占比折算的总预算：%1。</translation>
    </message>
    <message>
        <source>The table shows the optimal split of today&apos;s pool.</source>
        <translation>表中显示的是当前预算池的最优分配。</translation>
    </message>
    <message>
        <source>%1 (optimised)</source>
        <translation>%1（优化）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>There is no optimal split to save.</source>
        <translation>没有可保存的最优分配。</translation>
    </message>
    <message>
        <source>%1 takes the whole pool because it has no saturation spend: the model sees no diminishing returns there. Set its saturation (Channels page) or a maximum share for a realistic split.</source>
        <translation>%1 占用了全部预算池，因为它没有设置饱和花费：模型认为该渠道没有边际收益递减。请在“渠道与漏斗”页设置其饱和花费或最大占比，以得到更现实的分配。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>one sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Value per extra
%1 now</source>
        <translation>每增投 %1
当前新增价值</translation>
    </message>
    <message>
        <source>Customers per extra
%1 now</source>
        <translation>每增投 %1
当前新增客户</translation>
    </message>
    <message>
        <source>Value per extra
%1 optimal</source>
        <translation>每增投 %1
最优新增价值</translation>
    </message>
    <message>
        <source>Customers per extra
%1 optimal</source>
        <translation>每增投 %1
最优新增客户</translation>
    </message>
</context>
<context>
    <name>cplan::OverviewCharts</name>
    <message>
        <source>Monthly spend by channel</source>
        <translation>各渠道月度花费</translation>
    </message>
    <message>
        <source>Channel split</source>
        <translation>渠道分配</translation>
    </message>
    <message>
        <source>Funnel by stage</source>
        <translation>各阶段漏斗</translation>
    </message>
    <message>
        <source>Cumulative spend and margin</source>
        <translation>累计花费与毛利</translation>
    </message>
    <message>
        <source>Lifetime value against acquisition cost</source>
        <translation>客户终身价值与获客成本对比</translation>
    </message>
</context>
<context>
    <name>cplan::OverviewPage</name>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Channel spend</source>
        <translation>渠道花费</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>获客成本（CAC）</translation>
    </message>
    <message>
        <source>Lifetime value per customer (LTV)</source>
        <translation>客户终身价值（LTV）</translation>
    </message>
    <message>
        <source>Return on investment (ROI)</source>
        <translation>投资回报率（ROI）</translation>
    </message>
    <message>
        <source>Return ratio (value : spend)</source>
        <translation>投资回报比（价值 : 花费）</translation>
    </message>
    <message>
        <source>LTV : CAC</source>
        <translation>LTV : CAC</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>回本月份</translation>
    </message>
    <message>
        <source>Key figures of the active scenario</source>
        <translation>当前情景关键指标</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · %4</source>
        <translation>%1 · %2 至 %3 · %4</translation>
    </message>
    <message>
        <source>The plan cannot be projected</source>
        <translation>无法对方案进行预测</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>target %1 %2</source>
        <translation>目标 %1 %2</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ 达成</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ 未达成</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>cplan::Page</name>
    <message>
        <source>Sum of shares: %1 — should be 100%; use “Normalise to 100%”</source>
        <translation>占比合计：%1 — 应为 100%，请使用“归一化为 100%”</translation>
    </message>
    <message>
        <source>Sum of shares: %1</source>
        <translation>占比合计：%1</translation>
    </message>
</context>
<context>
    <name>cplan::PhasingAmountsModel</name>
    <message>
        <source>%1 of the row&apos;s spend: %2</source>
        <translation>占本行花费的 %1：%2</translation>
    </message>
    <message>
        <source>Plan months %1 to %2</source>
        <translation>计划月份 %1 至 %2</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>cplan::PhasingModel</name>
    <message>
        <source>Even</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>As scenario</source>
        <translation>沿用情景</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phasing form (even, quarterly, monthly, scenario)</source>
        <translation>“%1”不是有效的投放节奏形式（均匀、按季度、按月、沿用情景）</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>投放节奏</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Quarter %1 weight</source>
        <translation>第%1季度权重</translation>
    </message>
    <message>
        <source>there is no active scenario</source>
        <translation>没有当前情景</translation>
    </message>
    <message>
        <source>there is no channel %1</source>
        <translation>第 %1 个渠道不存在</translation>
    </message>
    <message>
        <source>the scenario&apos;s own phasing cannot follow itself</source>
        <translation>情景自身的投放节奏不能沿用自身</translation>
    </message>
    <message>
        <source>this channel follows the scenario; choose its own phasing first</source>
        <translation>该渠道沿用情景的投放节奏；请先为其选择独立的投放节奏</translation>
    </message>
    <message>
        <source>even phasing has no weights; choose quarterly or monthly first</source>
        <translation>均匀投放没有权重；请先选择按季度或按月</translation>
    </message>
    <message>
        <source>there is no weight for this month</source>
        <translation>该月没有权重</translation>
    </message>
</context>
<context>
    <name>cplan::PhasingPage</name>
    <message>
        <source>even</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>scenario&apos;s phasing</source>
        <translation>沿用情景投放节奏</translation>
    </message>
    <message>
        <source>Weights are relative: each row is normalised to 100% over the plan. A quarterly row repeats its four weights every year; editing any month of a quarter sets that quarter. A channel follows the scenario&apos;s phasing (grey) until you give it its own form.</source>
        <translation>权重为相对值：每行在整个计划期内归一化为 100%。按季度的行每年重复其四个季度权重；编辑某季度中任一月份即设置该季度的权重。渠道在设置独立的投放节奏形式之前，沿用情景的投放节奏（灰色显示）。</translation>
    </message>
    <message>
        <source>Phasing of the budget over the months</source>
        <translation>预算的月度投放节奏</translation>
    </message>
    <message>
        <source>Resulting spend by month and quarter: share of the row&apos;s total · amount</source>
        <translation>按月和季度的花费结果：占本行合计的比例 · 金额</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>投放节奏</translation>
    </message>
</context>
<context>
    <name>cplan::PlanDiffDialog</name>
    <message>
        <source>Changes from “%1” to “%2”</source>
        <translation>从“%1”到“%2”的变更</translation>
    </message>
    <message>
        <source>“%1” and “%2” are the same plan.</source>
        <translation>“%1”与“%2”是相同的计划。</translation>
    </message>
    <message>
        <source>Fields changed from “%1” to “%2”: %3.</source>
        <translation>从“%1”到“%2”变更的字段：%3 个。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>变更的字段</translation>
    </message>
    <message>
        <source>Effect on the key totals</source>
        <translation>对关键合计的影响</translation>
    </message>
</context>
<context>
    <name>cplan::PlanDocument</name>
    <message>
        <source>Another member changed the plan&apos;s lists (channels, scenarios, stages, rows) since “%1”, so it cannot be undone or redone here; change the values by hand.</source>
        <translation>自“%1”以来，另一位成员修改了方案的列表（渠道、情景、阶段、行），因此无法在此撤销或重做；请手动修改这些值。</translation>
    </message>
    <message>
        <source>No plan to open.</source>
        <translation>没有要打开的方案。</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <source>1 edit made while offline</source>
        <translation>离线时所做的 1 处修改</translation>
    </message>
    <message>
        <source>%1 edits made while offline</source>
        <translation>离线时所做的 %1 处修改</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1: the plan has no scenario</source>
        <translation>%1：方案中没有情景</translation>
    </message>
    <message>
        <source>The plan has no file name yet; choose Save As.</source>
        <translation>方案尚无文件名，请选择“另存为”。</translation>
    </message>
    <message>
        <source>The plan was never saved; there is nothing to revert to.</source>
        <translation>方案从未保存过，无法还原。</translation>
    </message>
    <message>
        <source>Scenario %1 does not exist.</source>
        <translation>第 %1 个情景不存在。</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将%1设为%2</translation>
    </message>
    <message>
        <source>A stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Add stage %1</source>
        <translation>添加阶段“%1”</translation>
    </message>
    <message>
        <source>Stage %1 does not exist.</source>
        <translation>第 %1 个阶段不存在。</translation>
    </message>
    <message>
        <source>Remove stage %1</source>
        <translation>删除阶段“%1”</translation>
    </message>
    <message>
        <source>Rename stage %1 to %2</source>
        <translation>将阶段“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Move stage %1</source>
        <translation>移动阶段“%1”</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>添加类别“%1”</translation>
    </message>
    <message>
        <source>Category %1 does not exist.</source>
        <translation>第 %1 个类别不存在。</translation>
    </message>
    <message>
        <source>Remove category %1</source>
        <translation>删除类别“%1”</translation>
    </message>
    <message>
        <source>Rename category %1 to %2</source>
        <translation>将类别“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Set kind of %1 to %2</source>
        <translation>将“%1”的类型设为 %2</translation>
    </message>
    <message>
        <source>Move category %1</source>
        <translation>移动类别“%1”</translation>
    </message>
    <message>
        <source>A channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>添加渠道“%1”</translation>
    </message>
    <message>
        <source>Channel %1 does not exist.</source>
        <translation>第 %1 个渠道不存在。</translation>
    </message>
    <message>
        <source>Remove channel %1</source>
        <translation>删除渠道“%1”</translation>
    </message>
    <message>
        <source>Rename channel %1 to %2</source>
        <translation>将渠道“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Set group of %1 to %2</source>
        <translation>将“%1”的分组设为“%2”</translation>
    </message>
    <message>
        <source>Move channel %1</source>
        <translation>移动渠道“%1”</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>将“%2”的%1设为%3</translation>
    </message>
    <message>
        <source>The scenario has no drivers for %1.</source>
        <translation>该情景没有第 %1 个渠道的驱动参数。</translation>
    </message>
    <message>
        <source>Set budget to %1</source>
        <translation>将预算设为%1</translation>
    </message>
    <message>
        <source>Set share of %1 to %2</source>
        <translation>将“%1”的占比设为%2</translation>
    </message>
    <message>
        <source>The scenario has no share for this category.</source>
        <translation>该情景没有此类别的占比。</translation>
    </message>
    <message>
        <source>Normalise category shares</source>
        <translation>归一化类别占比</translation>
    </message>
    <message>
        <source>Normalise channel shares</source>
        <translation>归一化渠道占比</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Remove phasing override of %1</source>
        <translation>取消%1的独立投放节奏</translation>
    </message>
    <message>
        <source>Set phasing of %1</source>
        <translation>设置%1的投放节奏</translation>
    </message>
    <message>
        <source>Choose quarterly or monthly phasing before entering weights.</source>
        <translation>请先选择按季度或按月投放节奏，再输入权重。</translation>
    </message>
    <message>
        <source>There is no weight %1.</source>
        <translation>第 %1 个权重不存在。</translation>
    </message>
    <message>
        <source>Create scenario %1</source>
        <translation>创建情景“%1”</translation>
    </message>
    <message>
        <source>A scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>添加情景“%1”</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>将情景“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>A plan needs at least one scenario.</source>
        <translation>方案至少需要一个情景。</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>删除情景“%1”</translation>
    </message>
    <message>
        <source>Move scenario %1</source>
        <translation>移动情景“%1”</translation>
    </message>
    <message>
        <source>Add target %1</source>
        <translation>添加目标“%1”</translation>
    </message>
    <message>
        <source>Target %1 does not exist.</source>
        <translation>第 %1 个目标不存在。</translation>
    </message>
    <message>
        <source>Remove target %1</source>
        <translation>删除目标“%1”</translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>编辑目标“%1”</translation>
    </message>
    <message>
        <source>A milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Add milestone %1</source>
        <translation>添加里程碑“%1”</translation>
    </message>
    <message>
        <source>Milestone %1 does not exist.</source>
        <translation>第 %1 个里程碑不存在。</translation>
    </message>
    <message>
        <source>Remove milestone %1</source>
        <translation>删除里程碑“%1”</translation>
    </message>
    <message>
        <source>Edit milestone %1</source>
        <translation>编辑里程碑“%1”</translation>
    </message>
    <message>
        <source>Set actuals of %1 in %2</source>
        <translation>设置“%1”在 %2 的实际数据</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1名称不能为空。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already exists.</source>
        <translation>%1“%2”已存在。</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Replace the changes saved by another program or window</source>
        <translation>以本窗口的计划替换其他程序或窗口保存的更改</translation>
    </message>
    <message>
        <source>A version needs a name.</source>
        <translation>版本需要一个名称。</translation>
    </message>
    <message>
        <source>A version named “%1” exists already; choose another name.</source>
        <translation>名为“%1”的版本已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>Save the plan to a file first; a version is kept in the plan&apos;s file.</source>
        <translation>请先将计划保存为文件；版本保存在计划文件中。</translation>
    </message>
    <message>
        <source>Save version “%1”</source>
        <translation>保存版本“%1”</translation>
    </message>
    <message>
        <source>Restore version “%1”</source>
        <translation>恢复版本“%1”</translation>
    </message>
    <message>
        <source>Version “%1” has other channels, categories, stages or months than the plan now, so its scenarios cannot sit beside today&apos;s; restore it as the plan instead.</source>
        <translation>版本“%1”的渠道、类别、阶段或月份与当前计划不同，其情景无法与当前情景并列；请改为将其恢复为计划。</translation>
    </message>
    <message>
        <source>Restore the scenarios of version “%1”</source>
        <translation>恢复版本“%1”中的情景</translation>
    </message>
    <message>
        <source>Scenario “%1”: %2</source>
        <translation>情景“%1”：%2</translation>
    </message>
    <message>
        <source>Change the team</source>
        <translation>更改团队</translation>
    </message>
</context>
<context>
    <name>cplan::PlanSettingsModel</name>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>there is no such setting</source>
        <translation>不存在该设置项</translation>
    </message>
</context>
<context>
    <name>cplan::PlanSettingsPage</name>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>The plan&apos;s title</source>
        <translation>方案标题</translation>
    </message>
    <message>
        <source>Chinese title:</source>
        <translation>中文标题：</translation>
    </message>
    <message>
        <source>Optional Chinese title, e.g. 股票推广引流年度方案</source>
        <translation>可选的中文标题，例如：股票推广引流年度方案</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>ISO 4217 code, three letters (CNY, USD, EUR)</source>
        <translation>ISO 4217 代码，三个字母（CNY、USD、EUR）</translation>
    </message>
    <message>
        <source>First month:</source>
        <translation>起始月份：</translation>
    </message>
    <message>
        <source>The first plan month, YYYY-MM</source>
        <translation>计划的第一个月，格式为 YYYY-MM</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>计划期：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Value horizon (LTV):</source>
        <translation>价值期（LTV）：</translation>
    </message>
    <message>
        <source>Annual discount rate:</source>
        <translation>年折现率：</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>The date milestone delays and actuals are measured at</source>
        <translation>计算里程碑延误和实际数据所依据的日期</translation>
    </message>
    <message>
        <source>Status date:</source>
        <translation>状态日期：</translation>
    </message>
    <message>
        <source>Variance flag above:</source>
        <translation>偏差提示阈值：</translation>
    </message>
    <message>
        <source>The scenario the actuals and their alerts are compared with, whichever scenario you are editing</source>
        <translation>实际数据及其提醒所对照的情景，与当前编辑的是哪个情景无关</translation>
    </message>
    <message>
        <source>Compare actuals with:</source>
        <translation>实际数据对照：</translation>
    </message>
    <message>
        <source>The first scenario (%1)</source>
        <translation>第一个情景（%1）</translation>
    </message>
    <message>
        <source>Escalate to level 2 after:</source>
        <translation>升至 2 级的延误阈值：</translation>
    </message>
    <message>
        <source> days late</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Escalate to level 3 after:</source>
        <translation>升至 3 级的延误阈值：</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Add a funnel stage before the last one</source>
        <translation>在最后一个阶段之前添加漏斗阶段</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected stage</source>
        <translation>删除所选阶段</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected stage up</source>
        <translation>将所选阶段上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected stage down</source>
        <translation>将所选阶段下移</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>Select the stage to remove.</source>
        <translation>请选择要删除的阶段。</translation>
    </message>
    <message>
        <source>Funnel stages (first = leads, last = customers)</source>
        <translation>漏斗阶段（第一个 = 线索，最后一个 = 客户）</translation>
    </message>
    <message>
        <source>≤ at most</source>
        <translation>≤ 不超过</translation>
    </message>
    <message>
        <source>≥ at least</source>
        <translation>≥ 不低于</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Add a target on customer acquisition cost</source>
        <translation>添加获客成本目标</translation>
    </message>
    <message>
        <source>Remove the selected target</source>
        <translation>删除所选目标</translation>
    </message>
    <message>
        <source>Select the target to remove.</source>
        <translation>请选择要删除的目标。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>方案设置</translation>
    </message>
    <message>
        <source>Stage %1 (%2)</source>
        <translation>阶段 %1（%2）</translation>
    </message>
</context>
<context>
    <name>cplan::PlanTableModel</name>
    <message>
        <source>There is no such cell.</source>
        <translation>不存在该单元格。</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将%1设为%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>将“%2”的%1设为%3</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be edited.</source>
        <translation>“%2”的%1不可编辑。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>“%2”的%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose the cell to paste into first.</source>
        <translation>请先选择要粘贴到的单元格。</translation>
    </message>
    <message>
        <source>The pasted block (%1 x %2) does not fit here.</source>
        <translation>粘贴的区域（%1 行 × %2 列）超出了此处的范围。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>清除 %n 个单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cplan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Automatic (Chinese units in a Chinese interface)</source>
        <translation>自动（中文界面使用万/亿）</translation>
    </message>
    <message>
        <source>Grouped digits (%1)</source>
        <translation>千位分隔（%1）</translation>
    </message>
    <message>
        <source>Chinese units (%1, %2)</source>
        <translation>万/亿单位（%1，%2）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>How often unsaved changes are copied to a recovery file, so that a crash loses at most this much work.</source>
        <translation>未保存的更改每隔多久复制到恢复文件；程序意外退出时最多丢失这段时间的工作。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Amounts:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Save a recovery copy &amp;every:</source>
        <translation>恢复副本保存间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Typing accepts every form whatever is chosen: 20000000, 20,000,000, ¥2,000万, 0.2亿.</source>
        <translation>无论选择哪种写法，输入时都可使用任意形式：20000000、20,000,000、¥2,000万、0.2亿。</translation>
    </message>
    <message>
        <source>The language changes the next time Campaign Planner starts.</source>
        <translation>界面语言将在下次启动 Campaign Planner 时更改。</translation>
    </message>
    <message>
        <source>The name the plan&apos;s history records for your changes and sign-offs. Empty: your system account&apos;s name.</source>
        <translation>计划历史记录中您的变更和审批所署的名字。留空：使用系统账户的名字。</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>cplan::RecoveryStore</name>
    <message>
        <source>Cannot create the recovery folder %1</source>
        <translation>无法创建恢复文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2)</source>
        <translation>无法写入 %1（%2）</translation>
    </message>
    <message>
        <source>Cannot remove the recovery file %1</source>
        <translation>无法删除恢复文件 %1</translation>
    </message>
</context>
<context>
    <name>cplan::ReplanChart</name>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Spent, then re-planned</source>
        <translation>已花费及重新规划</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>All channels · %1 (%2)</source>
        <translation>全部渠道 · %1（%2）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结</translation>
    </message>
    <message>
        <source>
Planned: %1</source>
        <translation>
计划：%1</translation>
    </message>
    <message>
        <source>
Re-planned: %1</source>
        <translation>
重新规划：%1</translation>
    </message>
    <message>
        <source>
Spent: %1</source>
        <translation>
已花费：%1</translation>
    </message>
</context>
<context>
    <name>cplan::ReplanDialog</name>
    <message>
        <source>&amp;Save as scenario…</source>
        <translation>另存为情景(&amp;S)…</translation>
    </message>
    <message>
        <source>Re-plan from actuals — %1</source>
        <translation>基于实际数据重新规划 — %1</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>另存为情景</translation>
    </message>
    <message>
        <source>Keep the scenario&apos;s phasing</source>
        <translation>保持情景的投放节奏</translation>
    </message>
    <message>
        <source>Free: choose the months too</source>
        <translation>自由：同时选择投放月份</translation>
    </message>
    <message>
        <source>Keep the phasing: only each channel&apos;s remaining amount changes. Free: when to spend is chosen as well as where.</source>
        <translation>保持投放节奏：仅调整各渠道的剩余金额。自由：既决定投向哪些渠道，也决定何时投放。</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>What the re-plan maximises over the open months</source>
        <translation>重新规划在未结月份中要最大化的指标</translation>
    </message>
    <message>
        <source>Status &amp;date:</source>
        <translation>状态日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>投放时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Maximise:</source>
        <translation>最大化(&amp;M)：</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Original
plan</source>
        <translation>原始
计划</translation>
    </message>
    <message>
        <source>Latest estimate
plan scaled</source>
        <translation>最新预估
按比例缩放计划</translation>
    </message>
    <message>
        <source>Latest estimate
re-plan</source>
        <translation>最新预估
重新规划</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Spend per month, all channels</source>
        <translation>全部渠道月度花费</translation>
    </message>
    <message>
        <source>Spend per month: planned against re-planned</source>
        <translation>月度花费：计划与重新规划对比</translation>
    </message>
    <message>
        <source>Latest estimate for the year against plan and targets</source>
        <translation>全年最新预估与计划及目标对比</translation>
    </message>
    <message>
        <source>Add the re-plan as a new scenario: actual spend to date, then the re-planned months (one undo step)</source>
        <translation>将重新规划添加为新情景：截至目前为实际花费，之后为重新规划的月份（可一步撤销）</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Spent
to date</source>
        <translation>截至目前
已花费</translation>
    </message>
    <message>
        <source>Planned
remainder</source>
        <translation>计划
剩余</translation>
    </message>
    <message>
        <source>Re-planned
remainder</source>
        <translation>重新规划
剩余</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Keep this channel&apos;s planned spend in the open months</source>
        <translation>在未结月份保持该渠道的计划花费</translation>
    </message>
    <message>
        <source>Cannot re-plan: %1</source>
        <translation>无法重新规划：%1</translation>
    </message>
    <message>
        <source>Closed: %1 to %2 (actual spend where entered, the plan elsewhere). Open: %3 to %4.</source>
        <translation>已结：%1 至 %2（已录入的取实际花费，其余取计划值）。未结：%3 至 %4。</translation>
    </message>
    <message>
        <source>Channel pool %1 · spent %2 · remaining %3</source>
        <translation>渠道预算池 %1 · 已花费 %2 · 剩余 %3</translation>
    </message>
    <message>
        <source>%1 has spent %2, past its maximum share of %3: it gets nothing more.</source>
        <translation>“%1”已花费 %2，超过其最大占比对应的 %3，不再分配预算。</translation>
    </message>
    <message>
        <source>The bounds cannot hold together: the channels must still spend at least %1 in the open months (their minimum shares less what they have spent, and the locked channels&apos; planned spend), but only %2 is left. Lower a minimum share or unlock a channel.</source>
        <translation>约束条件相互冲突：各渠道在未结月份仍须至少花费 %1（其最小占比减去已花费部分，加上锁定渠道的计划花费），但仅剩 %2。请降低某个最小占比或解锁某个渠道。</translation>
    </message>
    <message>
        <source>The bounds cannot hold together: the channels may spend at most %1 in the open months (their maximum shares less what they have spent, and the locked channels&apos; planned spend), but %2 is left to spend. Raise a maximum share or unlock a channel.</source>
        <translation>约束条件相互冲突：各渠道在未结月份最多只能花费 %1（其最大占比减去已花费部分，加上锁定渠道的计划花费），但仍有 %2 待花费。请提高某个最大占比或解锁某个渠道。</translation>
    </message>
    <message>
        <source>Already past its maximum share: nothing more is planned.</source>
        <translation>已超过最大占比：不再安排花费。</translation>
    </message>
    <message>
        <source>Re-planning…</source>
        <translation>正在重新规划…</translation>
    </message>
    <message>
        <source>%1 of the open months: &lt;b&gt;%2&lt;/b&gt; re-planned against %3 with the plan&apos;s own spend scaled to what is left — uplift &lt;b&gt;%4&lt;/b&gt; (%5).</source>
        <translation>未结月份的%1：重新规划为 &lt;b&gt;%2&lt;/b&gt;，按剩余预算等比缩放原计划花费为 %3，提升 &lt;b&gt;%4&lt;/b&gt;（%5）。</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>Status date %1</source>
        <translation>状态日期 %1</translation>
    </message>
    <message>
        <source>There is no re-plan to save.</source>
        <translation>没有可保存的重新规划结果。</translation>
    </message>
    <message>
        <source>Months whose last day is on or before this date are closed (as of 2025-06-30, June is closed; as of 2025-06-15 it is open): their spend is the actual spend (the plan&apos;s where no actuals were entered). The rest is re-planned.</source>
        <translation>最后一天不晚于此日期的月份视为已关账（截至 2025-06-30，6 月已关账；截至 2025-06-15，6 月仍未关账）：其花费取实际花费（未录入实际数据的取计划值）。其余月份重新规划。</translation>
    </message>
</context>
<context>
    <name>cplan::SaveVersionDialog</name>
    <message>
        <source>Save Version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>Board draft</source>
        <translation>董事会草案</translation>
    </message>
    <message>
        <source>What this version is for (optional)</source>
        <translation>此版本的用途（可选）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>备注(&amp;C)：</translation>
    </message>
    <message>
        <source>A version is a snapshot of the whole plan as it is now. It can be viewed, compared and restored later; it is never changed.</source>
        <translation>版本是整个计划当前状态的快照。以后可以查看、比较和恢复；版本本身永不改变。</translation>
    </message>
</context>
<context>
    <name>cplan::ScenariosModel</name>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>there is no scenario %1</source>
        <translation>第 %1 个情景不存在</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>情景名称不能为空</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; already exists</source>
        <translation>情景“%1”已存在</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>cplan::ScenariosPage</name>
    <message>
        <source>Channel spend</source>
        <translation>渠道花费</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Return ratio</source>
        <translation>投资回报比</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>回本月份</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <source>Create a scenario as a copy of the active one</source>
        <translation>复制当前情景以新建情景</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>删除所选情景</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected scenario up</source>
        <translation>将所选情景上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected scenario down</source>
        <translation>将所选情景下移</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>设为当前</translation>
    </message>
    <message>
        <source>Show the selected scenario in every editor</source>
        <translation>在所有编辑页中显示所选情景</translation>
    </message>
    <message>
        <source>Select the scenario to delete.</source>
        <translation>请选择要删除的情景。</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (当前)</translation>
    </message>
</context>
<context>
    <name>cplan::SignoffActions</name>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>Submit the scenario for approval</source>
        <translation>提交情景以供批准</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <source>Approve the submitted scenario: it can no longer be changed</source>
        <translation>批准已提交的情景：批准后不能再修改</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <source>Return the scenario to draft, with a comment that says why</source>
        <translation>将情景退回为草稿，并附上说明原因的备注</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the approved scenario as the baseline for good</source>
        <translation>将已批准的情景永久锁定为基准</translation>
    </message>
    <message>
        <source>New &amp;draft from this scenario</source>
        <translation>从此情景新建草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the scenario as a new draft that can be changed</source>
        <translation>将情景复制为可修改的新草稿</translation>
    </message>
    <message>
        <source>Select the scenario to copy.</source>
        <translation>请选择要复制的情景。</translation>
    </message>
    <message>
        <source>Select a scenario first.</source>
        <translation>请先选择一个情景。</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>退回为草稿</translation>
    </message>
    <message>
        <source>Why is “%1” returned? The comment is kept in the history.</source>
        <translation>为什么退回“%1”？备注会保存在历史记录中。</translation>
    </message>
    <message>
        <source>A scenario is returned with a comment that says why.</source>
        <translation>退回情景时需附上说明原因的备注。</translation>
    </message>
</context>
<context>
    <name>cplan::SpreadsheetView</name>
    <message numerus="yes">
        <source>Copied %n cell(s)</source>
        <translation>
            <numerusform>已复制 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>This table cannot be edited.</source>
        <translation>此表不可编辑。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (hover over the red cells)</source>
        <translation>
            <numerusform>… 另有 %n 项（将鼠标悬停在红色单元格上查看）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) need attention</source>
        <translation>
            <numerusform>%n 个单元格需要注意</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cplan::StagesModel</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>The first stage counts leads (cost per lead applies here).</source>
        <translation>第一个阶段统计线索数（单线索成本作用于此阶段）。</translation>
    </message>
    <message>
        <source>The last stage counts customers.</source>
        <translation>最后一个阶段统计客户数。</translation>
    </message>
    <message>
        <source>there is no stage %1</source>
        <translation>第 %1 个阶段不存在</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>阶段名称不能为空</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; already exists</source>
        <translation>阶段“%1”已存在</translation>
    </message>
</context>
<context>
    <name>cplan::TargetsModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 : %1</source>
        <translation>1 : %1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>≤ at most</source>
        <translation>≤ 不超过</translation>
    </message>
    <message>
        <source>≥ at least</source>
        <translation>≥ 不低于</translation>
    </message>
    <message>
        <source>there is no target %1</source>
        <translation>第 %1 个目标不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comparison (&lt;= or &gt;=)</source>
        <translation>“%1”不是有效的比较方式（&lt;= 或 &gt;=）</translation>
    </message>
    <message>
        <source>this cell cannot be edited</source>
        <translation>此单元格不可编辑</translation>
    </message>
</context>
<context>
    <name>cplan::TeamPanel</name>
    <message>
        <source>Director</source>
        <translation>总监</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>In a file, roles are advisory: anyone with the file can change it.</source>
        <translation>在文件中，角色仅供参考：任何拿到文件的人都可以修改它。</translation>
    </message>
    <message>
        <source>Director: plan structure and draft scenarios. Finance: draft scenarios, actuals and sign-off. Project manager: milestones. Viewer: reads.</source>
        <translation>总监：计划结构和草稿情景。财务：草稿情景、实际数据和审批。项目经理：里程碑。查看者：只读。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add a member of the team</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <source>Remove the selected member of the team</source>
        <translation>移除所选的团队成员</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>Select the person to remove.</source>
        <translation>请选择要移除的成员。</translation>
    </message>
</context>
<context>
    <name>cplan::TeamSession</name>
    <message>
        <source>Could not read the others&apos; changes: %1</source>
        <translation>无法读取其他成员的更改：%1</translation>
    </message>
    <message>
        <source>Could not send your kept edits: %1</source>
        <translation>无法发送保留的编辑：%1</translation>
    </message>
    <message>
        <source>%1 changed the plan (revision %2).</source>
        <translation>%1 修改了计划（修订号 %2）。</translation>
    </message>
</context>
<context>
    <name>cplan::TeamStoreDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Open from Team Store</source>
        <translation>从团队存储打开</translation>
    </message>
    <message>
        <source>The team store&apos;s PostgreSQL address: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]. Do not put the password here.</source>
        <translation>团队存储的 PostgreSQL 地址：postgresql://用户@主机[:端口]/数据库[?sslmode=require]。请勿在此填写密码。</translation>
    </message>
    <message>
        <source>Kept in memory while the plan is open, never saved. Leave it empty when PGPASSWORD or ~/.pgpass has it.</source>
        <translation>仅在计划打开期间保存在内存中，从不写入磁盘。如 PGPASSWORD 或 ~/.pgpass 中已有密码，可留空。</translation>
    </message>
    <message>
        <source>Type the store&apos;s address and your password, then Connect.</source>
        <translation>请输入存储地址和密码，然后点击“连接”。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>Last change by</source>
        <translation>最后修改人</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Type the store&apos;s address first.</source>
        <translation>请先输入存储地址。</translation>
    </message>
    <message>
        <source>Could not open the team store: %1</source>
        <translation>无法打开团队存储：%1</translation>
    </message>
    <message>
        <source>Could not list the plans: %1</source>
        <translation>无法列出计划：%1</translation>
    </message>
    <message>
        <source>Store owner</source>
        <translation>存储所有者</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>Connected as %1 (%2). The store has no plans yet: its owner publishes one with `cplan team publish PLAN.cplan URL`.</source>
        <translation>已以 %1（%2）身份连接。存储中还没有计划：其所有者可用 `cplan team publish PLAN.cplan URL` 发布。</translation>
    </message>
    <message>
        <source>Connected as %1 (%2). Choose a plan to open.</source>
        <translation>已以 %1（%2）身份连接。请选择要打开的计划。</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>正在连接 %1 …</translation>
    </message>
    <message>
        <source>Stopped connecting to %1.</source>
        <translation>已停止连接 %1。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop waiting for the store to answer</source>
        <translation>不再等待团队存储应答</translation>
    </message>
</context>
<context>
    <name>cplan::TornadoChart</name>
    <message>
        <source>Driver −%1</source>
        <translation>驱动参数 −%1</translation>
    </message>
    <message>
        <source>Driver +%1</source>
        <translation>驱动参数 +%1</translation>
    </message>
    <message>
        <source>Base %1</source>
        <translation>基准 %1</translation>
    </message>
    <message>
        <source>%1
at −%2: %3
at +%2: %4
base: %5</source>
        <translation>%1
−%2 时：%3
+%2 时：%4
基准：%5</translation>
    </message>
</context>
<context>
    <name>cplan::UserGuideDialog</name>
    <message>
        <source>Campaign Planner User Guide</source>
        <translation>Campaign Planner 用户指南</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>目录(&amp;O)</translation>
    </message>
    <message>
        <source>Back to the place shown before</source>
        <translation>返回上一个位置</translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation>再次前进</translation>
    </message>
    <message>
        <source>The start of the user guide</source>
        <translation>用户指南首页</translation>
    </message>
    <message>
        <source>Check the plan on the Overview</source>
        <translation>在概览中检查方案</translation>
    </message>
    <message>
        <source>Set the budget and its categories</source>
        <translation>设置预算及其类别</translation>
    </message>
    <message>
        <source>Phase the spend over the months</source>
        <translation>设置花费的月度投放节奏</translation>
    </message>
    <message>
        <source>Describe the channels and their funnel</source>
        <translation>设置渠道及其漏斗</translation>
    </message>
    <message>
        <source>Work with scenarios</source>
        <translation>使用情景</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>对比情景</translation>
    </message>
    <message>
        <source>Optimise, test uncertainty and sensitivity</source>
        <translation>优化分配，检验不确定性与敏感性</translation>
    </message>
    <message>
        <source>Track milestones</source>
        <translation>跟踪里程碑</translation>
    </message>
    <message>
        <source>Enter actuals and read the variance</source>
        <translation>录入实际数据并解读偏差</translation>
    </message>
    <message>
        <source>Set up the plan</source>
        <translation>设置方案</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;Campaign Planner looks for %1 in the folder named by the CPLAN_DOC_DIR environment variable, in share/doc/campaign-planner next to the program&apos;s folder, and in docs/ of the source tree. Reinstall the campaign-planner package to restore it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;未安装用户指南&lt;/h2&gt;&lt;p&gt;Campaign Planner 会在以下位置查找 %1：环境变量 CPLAN_DOC_DIR 指定的文件夹、程序所在文件夹旁的 share/doc/campaign-planner，以及源代码树中的 docs/。请重新安装 campaign-planner 软件包以恢复用户指南。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cplan::VersionsDock</name>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>保存版本(&amp;V)…</translation>
    </message>
    <message>
        <source>Store a named snapshot of the whole plan (name and comment)</source>
        <translation>保存整个计划的命名快照（名称和备注）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Show what changed since the version and its key totals (read-only)</source>
        <translation>显示自该版本以来的变更及其关键合计（只读）</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the version with another version or with now</source>
        <translation>将该版本与另一版本或当前计划比较</translation>
    </message>
    <message>
        <source>&amp;Restore as plan</source>
        <translation>恢复为计划(&amp;R)</translation>
    </message>
    <message>
        <source>Make the plan what the version holds (one undo step)</source>
        <translation>将计划恢复为该版本的内容（一步撤销）</translation>
    </message>
    <message>
        <source>Restore as new &amp;scenarios</source>
        <translation>恢复为新情景(&amp;S)</translation>
    </message>
    <message>
        <source>Add the version&apos;s scenarios as new drafts (one undo step)</source>
        <translation>将该版本的情景添加为新草稿（一步撤销）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>保存时间（UTC）</translation>
    </message>
    <message>
        <source>By</source>
        <translation>保存者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No versions yet. File ▸ Save Version… stores the plan as it is now, to compare with and to go back to.</source>
        <translation>尚无版本。“文件 ▸ 保存版本…”会保存计划的当前状态，供以后比较和恢复。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Version “%1” saved.</source>
        <translation>版本“%1”已保存。</translation>
    </message>
    <message>
        <source>Now (the plan as it is)</source>
        <translation>当前（计划的现状）</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>Compare “%1” with:</source>
        <translation>将“%1”与以下对象比较：</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>The scenarios of “%1” were added as drafts.</source>
        <translation>“%1”的情景已添加为草稿。</translation>
    </message>
    <message>
        <source>The plan is now as in “%1” (Undo goes back).</source>
        <translation>计划已恢复为“%1”的内容（撤销可返回）。</translation>
    </message>
</context>
</TS>
