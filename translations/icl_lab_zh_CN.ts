<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not encode the chart as PNG for %1</source>
        <translation>无法将图表编码为 PNG 以保存到 %1</translation>
    </message>
</context>
<context>
    <name>DeviceDisplay</name>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <source>Where LibTorch trains: auto picks CUDA when it sees a GPU</source>
        <translation>LibTorch 的训练设备：自动模式在检测到 GPU 时选择 CUDA</translation>
    </message>
    <message>
        <source>The NVIDIA driver sees %1, but this LibTorch was built without CUDA (Debian 12&apos;s libtorch is CPU-only), so it trains on the CPU. See the README section Training on an NVIDIA GPU.</source>
        <translation>NVIDIA 驱动检测到 %1，但此 LibTorch 构建时未启用 CUDA（Debian 12 的 libtorch 仅支持 CPU），因此在 CPU 上训练。参见 README 中的“Training on an NVIDIA GPU”一节。</translation>
    </message>
    <message>
        <source>The NVIDIA driver sees %1, but LibTorch sees no CUDA device (check CUDA_VISIBLE_DEVICES and that the driver suits this LibTorch&apos;s CUDA).</source>
        <translation>NVIDIA 驱动检测到 %1，但 LibTorch 看不到任何 CUDA 设备（请检查 CUDA_VISIBLE_DEVICES，以及驱动是否适配此 LibTorch 的 CUDA 版本）。</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Device: %1 · %2</source>
        <translation>设备：%1 · %2</translation>
    </message>
</context>
<context>
    <name>LearnerStyle</name>
    <message>
        <source>GPT, curriculum</source>
        <translation>GPT，课程</translation>
    </message>
    <message>
        <source>GPT, no curriculum</source>
        <translation>GPT，无课程</translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation>最小二乘</translation>
    </message>
    <message>
        <source>3-NN</source>
        <translation>3-近邻</translation>
    </message>
    <message>
        <source>Averaging</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>零预测</translation>
    </message>
    <message>
        <source>Meta-ICL, adapted</source>
        <translation>Meta-ICL，已适应</translation>
    </message>
    <message>
        <source>Meta-ICL</source>
        <translation>Meta-ICL</translation>
    </message>
    <message>
        <source>ICL, adapted</source>
        <translation>ICL，已适应</translation>
    </message>
    <message>
        <source>Selection (leave-one-out)</source>
        <translation>算法选择（留一法）</translation>
    </message>
    <message>
        <source>Oracle selection</source>
        <translation>Oracle 选择</translation>
    </message>
    <message>
        <source>Nearest class mean</source>
        <translation>最近类均值</translation>
    </message>
    <message>
        <source>Cosine vote</source>
        <translation>余弦投票</translation>
    </message>
    <message>
        <source>Mean offset</source>
        <translation>均值偏移</translation>
    </message>
</context>
<context>
    <name>PlaygroundExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not encode the panels as %1 for %2</source>
        <translation>无法将面板编码为 %1 以保存到 %2</translation>
    </message>
    <message>
        <source>Nothing to export to %1: no panel</source>
        <translation>没有可导出到 %1 的内容：没有面板</translation>
    </message>
    <message>
        <source>ICL Lab playground</source>
        <translation>ICL Lab 试验场</translation>
    </message>
</context>
<context>
    <name>icl::ui::AxisRangesDialog</name>
    <message>
        <source>Fixed Axis Ranges</source>
        <translation>固定坐标轴范围</translation>
    </message>
    <message>
        <source>x minimum:</source>
        <translation>x 最小值：</translation>
    </message>
    <message>
        <source>x maximum:</source>
        <translation>x 最大值：</translation>
    </message>
    <message>
        <source>y minimum:</source>
        <translation>y 最小值：</translation>
    </message>
    <message>
        <source>y maximum:</source>
        <translation>y 最大值：</translation>
    </message>
    <message>
        <source>The ranges stay until Reset zoom (or a double-click).</source>
        <translation>这些范围将一直保持，直到“重置缩放”（或双击图表）。</translation>
    </message>
    <message>
        <source>x minimum</source>
        <translation>x 最小值</translation>
    </message>
    <message>
        <source>x maximum</source>
        <translation>x 最大值</translation>
    </message>
    <message>
        <source>y minimum</source>
        <translation>y 最小值</translation>
    </message>
    <message>
        <source>y maximum</source>
        <translation>y 最大值</translation>
    </message>
    <message>
        <source>The %1 is not a number.</source>
        <translation>%1 不是数字。</translation>
    </message>
    <message>
        <source>The x minimum must be below the x maximum.</source>
        <translation>x 最小值必须小于 x 最大值。</translation>
    </message>
    <message>
        <source>The y minimum must be below the y maximum.</source>
        <translation>y 最小值必须小于 y 最大值。</translation>
    </message>
    <message>
        <source>The x axis is logarithmic over shots + 1: its minimum must be 0 or more.</source>
        <translation>x 轴是“样本数 + 1”的对数刻度：其最小值必须大于或等于 0。</translation>
    </message>
    <message>
        <source>The y axis is logarithmic: its minimum must be above 0.</source>
        <translation>y 轴是对数刻度：其最小值必须大于 0。</translation>
    </message>
</context>
<context>
    <name>icl::ui::ChartView</name>
    <message>
        <source>interval</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>%1
x = %2, y = %3</source>
        <translation>%1
x = %2，y = %3</translation>
    </message>
    <message>
        <source>
%1: %2 – %3</source>
        <translation>
%1：%2 – %3</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Back to the automatic ranges (or double-click the chart)</source>
        <translation>恢复自动范围（或双击图表）</translation>
    </message>
    <message>
        <source>Fixed axis ranges…</source>
        <translation>固定坐标轴范围…</translation>
    </message>
    <message>
        <source>Log x</source>
        <translation>对数 x</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation>%1，种子 %2</translation>
    </message>
    <message>
        <source>95 % t-interval across seeds</source>
        <translation>跨种子的 95% t 区间</translation>
    </message>
</context>
<context>
    <name>icl::ui::ComparisonPanel</name>
    <message>
        <source>Test accuracy against number of shots</source>
        <translation>测试准确率随样本数的变化</translation>
    </message>
    <message>
        <source>shots (examples before the query)</source>
        <translation>样本数（查询前的示例数）</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Test family: the fixed, seeded test tasks the curves are measured on</source>
        <translation>测试任务族：测量曲线所用的固定、带种子的测试任务</translation>
    </message>
    <message>
        <source>Number of shots at which the table compares the learners</source>
        <translation>表格比较各学习器时所用的样本数</translation>
    </message>
    <message>
        <source>Accuracy at the chosen number of shots; the best learner of each test family is bold and marked ★</source>
        <translation>所选样本数下的准确率；每个测试任务族中最佳的学习器以粗体显示并标记 ★</translation>
    </message>
    <message>
        <source>Test family:</source>
        <translation>测试任务族：</translation>
    </message>
    <message>
        <source>Accuracy at shots:</source>
        <translation>样本数下的准确率：</translation>
    </message>
    <message>
        <source>no evaluation yet</source>
        <translation>尚无评估</translation>
    </message>
    <message>
        <source> 95% CI</source>
        <translation> 95% 置信区间</translation>
    </message>
    <message>
        <source>at step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>95% CI [%1, %2] over %3 test tasks</source>
        <translation>95% 置信区间 [%1, %2]，基于 %3 个测试任务</translation>
    </message>
    <message>
        <source>mix (training mixture)</source>
        <translation>mix（训练混合）</translation>
    </message>
    <message>
        <source>shots + 1 (log scale)</source>
        <translation>样本数 + 1（对数刻度）</translation>
    </message>
    <message>
        <source>95 % Wilson interval</source>
        <translation>95% Wilson 区间</translation>
    </message>
    <message>
        <source>Test family: %1 · evaluation at step %2 · 0 to %3 shots · bands: 95 % Wilson interval over %4 test tasks</source>
        <translation>测试任务族：%1 · 第 %2 步的评估 · 0 到 %3 个样本 · 阴影带：基于 %4 个测试任务的 95% Wilson 区间</translation>
    </message>
</context>
<context>
    <name>icl::ui::CurriculumPanel</name>
    <message>
        <source>Pause at next stage</source>
        <translation>在下一阶段暂停</translation>
    </message>
    <message>
        <source>Run to next stage</source>
        <translation>运行到下一阶段</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>打开快照</translation>
    </message>
    <message>
        <source>The curriculum&apos;s stages; hover a stage to see what it means</source>
        <translation>课程的各个阶段；将鼠标悬停在某个阶段上可查看其含义</translation>
    </message>
    <message>
        <source>Pause right after the next stage boundary, once its evaluation snapshot is taken</source>
        <translation>在下一个阶段边界处、其评估快照生成后立即暂停</translation>
    </message>
    <message>
        <source>Resume and pause again at the next stage boundary</source>
        <translation>继续运行，并在下一个阶段边界处再次暂停</translation>
    </message>
    <message>
        <source>Resume and keep training through the stage boundaries</source>
        <translation>继续运行，并越过各阶段边界持续训练</translation>
    </message>
    <message>
        <source>Evaluations taken at stage boundaries and checkpoints</source>
        <translation>在阶段边界和检查点处进行的评估</translation>
    </message>
    <message>
        <source>Show the error against examples at this snapshot</source>
        <translation>显示此快照下误差随示例数的变化</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>快照：</translation>
    </message>
    <message>
        <source>This experiment has no curriculum.</source>
        <translation>此实验没有课程。</translation>
    </message>
    <message>
        <source>Paused at the stage boundary after step %1; its snapshot is taken.</source>
        <translation>已在第 %1 步之后的阶段边界处暂停；其快照已生成。</translation>
    </message>
    <message>
        <source>after step %1</source>
        <translation>第 %1 步之后</translation>
    </message>
    <message>
        <source>Will pause when stage %1 ends (after step %2).</source>
        <translation>将在阶段 %1 结束时（第 %2 步之后）暂停。</translation>
    </message>
    <message>
        <source>No stage boundary is left; the run trains to its end.</source>
        <translation>已没有剩余的阶段边界；该运行将一直训练到结束。</translation>
    </message>
</context>
<context>
    <name>icl::ui::DecisionRegionView</name>
    <message>
        <source>Export this panel…</source>
        <translation>导出此面板…</translation>
    </message>
</context>
<context>
    <name>icl::ui::DurationText</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icl::ui::EpisodePreview</name>
    <message>
        <source>Resample</source>
        <translation>重新采样</translation>
    </message>
    <message>
        <source>Draw a new task of each family from the same generators</source>
        <translation>用相同的生成器为每个任务族抽取一个新任务</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无预览：%1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>One training task of each family trained on: its N examples, coloured by label</source>
        <translation>每个参与训练的任务族各取一个训练任务：显示其 N 个示例，按标签着色</translation>
    </message>
    <message>
        <source>N = %1 examples per task</source>
        <translation>每个任务 N = %1 个示例</translation>
    </message>
    <message>
        <source>%1; d = %2: showing x0 and x1</source>
        <translation>%1；d = %2：显示 x0 和 x1</translation>
    </message>
</context>
<context>
    <name>icl::ui::EvaluateDialog</name>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1: %2 must be &gt; 0</source>
        <translation>%1：%2 必须 &gt; 0</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final（最终）</translation>
    </message>
    <message>
        <source>best</source>
        <translation>best（最佳）</translation>
    </message>
    <message>
        <source>Evaluate Generalisation</source>
        <translation>评估泛化能力</translation>
    </message>
    <message>
        <source>The run folder has no %1 checkpoint.</source>
        <translation>运行文件夹中没有 %1 检查点。</translation>
    </message>
    <message>
        <source>none: generalisation.csv</source>
        <translation>无：generalisation.csv</translation>
    </message>
    <message>
        <source>The files are named generalisation-TAG.csv, probe-TAG.csv and generalisation-TAG.json; an evaluation never replaces existing files.</source>
        <translation>文件名为 generalisation-TAG.csv、probe-TAG.csv 和 generalisation-TAG.json；评估从不替换已有文件。</translation>
    </message>
    <message>
        <source>as the run&apos;s config says (e.g. 1, 2, 3, 4, 5)</source>
        <translation>按该运行的配置（例如 1, 2, 3, 4, 5）</translation>
    </message>
    <message>
        <source>Input scales of the shift test sets (generalisation.sigmas), each &gt; 0</source>
        <translation>shift 测试集的输入尺度（generalisation.sigmas），每个都 &gt; 0</translation>
    </message>
    <message>
        <source>as the run&apos;s config says (e.g. 0, 1, 2, 3)</source>
        <translation>按该运行的配置（例如 0, 1, 2, 3）</translation>
    </message>
    <message>
        <source>Mean offsets of the offset test sets (generalisation.offsets)</source>
        <translation>offset 测试集的均值偏移（generalisation.offsets）</translation>
    </message>
    <message>
        <source>e.g. generalisation.tasks_per_family=256</source>
        <translation>例如 generalisation.tasks_per_family=256</translation>
    </message>
    <message>
        <source>Further settings, key=value separated by &apos;;&apos;, as `icl-lab-cli evaluate --set` takes them</source>
        <translation>其他设置：以“;”分隔的 key=value，格式与 `icl-lab-cli evaluate --set` 接受的相同</translation>
    </message>
    <message>
        <source>Checkpoints:</source>
        <translation>检查点：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Sigmas:</source>
        <translation>sigma 值：</translation>
    </message>
    <message>
        <source>Offsets:</source>
        <translation>均值偏移：</translation>
    </message>
    <message>
        <source>Other settings:</source>
        <translation>其他设置：</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Evaluates the run&apos;s checkpoints again on new, seeded test sets: shifted input scale (sigma), shifted input mean (offset), the radial task, and the algorithm probe. New files are added to the run folder; nothing in it is changed.</source>
        <translation>在新的、带种子的测试集上重新评估该运行的检查点：偏移的输入尺度（sigma）、偏移的输入均值（offset）、径向任务，以及算法探针。新文件会添加到运行文件夹中；文件夹中已有的内容不会被更改。</translation>
    </message>
    <message>
        <source>Choose at least one checkpoint.</source>
        <translation>请至少选择一个检查点。</translation>
    </message>
    <message>
        <source>The run folder has an untagged evaluation already: give a tag, e.g. %1.</source>
        <translation>运行文件夹中已有一个无标签的评估：请指定一个标签，例如 %1。</translation>
    </message>
    <message>
        <source>The run folder has an evaluation tagged &apos;%1&apos; already: choose another tag, e.g. %2.</source>
        <translation>运行文件夹中已有标签为“%1”的评估：请选择其他标签，例如 %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write key=value</source>
        <translation>“%1”：请写成 key=value 的形式</translation>
    </message>
</context>
<context>
    <name>icl::ui::EvaluationWorker</name>
    <message>
        <source>unknown error in the evaluation thread</source>
        <translation>评估线程中发生未知错误</translation>
    </message>
</context>
<context>
    <name>icl::ui::ExperimentPanel</name>
    <message>
        <source>Adam learning rate of %1 (constant, as in the paper)</source>
        <translation>Adam 学习率 %1（恒定，与论文一致）</translation>
    </message>
    <message>
        <source>Mixture of families</source>
        <translation>任务族混合</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>Training tasks: a single family (the paper&apos;s P1) or a weighted mixture (P2)</source>
        <translation>训练任务：单一任务族（论文中的 P1）或加权混合（P2）</translation>
    </message>
    <message>
        <source>Train on</source>
        <translation>训练于</translation>
    </message>
    <message>
        <source>Pair-wise metric tasks: labels from the nearest of nc random prototypes per class; MatchNet&apos;s structure is optimal</source>
        <translation>成对度量任务：标签来自每类 nc 个随机原型中最近的一个；MatchNet 的结构最优</translation>
    </message>
    <message>
        <source>Class-prototype tasks: Gaussian classes around random centres; ProtoNet&apos;s structure is optimal</source>
        <translation>类原型任务：围绕随机中心的高斯类别；ProtoNet 的结构最优</translation>
    </message>
    <message>
        <source>Amortization tasks: a random linear rule through the examples&apos; mean; the CNP&apos;s structure is optimal</source>
        <translation>摊销任务：经过示例均值的随机线性规则；CNP 的结构最优</translation>
    </message>
    <message>
        <source>Radial tasks (inside or outside a circle): no learner&apos;s structure is optimal</source>
        <translation>径向任务（圆内或圆外）：没有任何学习器的结构是最优的</translation>
    </message>
    <message>
        <source>. Weight of this family in mixture batches; the proportion is the weight divided by the sum of weights.</source>
        <translation>。此任务族在混合批次中的权重；比例为该权重除以所有权重之和。</translation>
    </message>
    <message>
        <source>Task mixture</source>
        <translation>任务混合</translation>
    </message>
    <message>
        <source>Input dimension d of every task (the paper uses 2)</source>
        <translation>每个任务的输入维度 d（论文使用 2）</translation>
    </message>
    <message>
        <source>Number of classes C per task; tokens carry 2C label slots</source>
        <translation>每个任务的类别数 C；词元带有 2C 个标签槽位</translation>
    </message>
    <message>
        <source>Examples per training sequence N; query i sees examples 0..i-1</source>
        <translation>每个训练序列的示例数 N；查询 i 可见示例 0..i-1</translation>
    </message>
    <message>
        <source>Input noise scale sigma; the paper trains at 1 and tests shift at 1..5</source>
        <translation>输入噪声尺度 sigma；论文在 1 下训练，测试时偏移为 1..5</translation>
    </message>
    <message>
        <source>sim family: prototypes per class in training tasks (nc)</source>
        <translation>sim 任务族：训练任务中每类的原型数（nc）</translation>
    </message>
    <message>
        <source>sim family: prototypes per class in test tasks</source>
        <translation>sim 任务族：测试任务中每类的原型数</translation>
    </message>
    <message>
        <source>ave: anchor demonstrations in training</source>
        <translation>ave：训练中的锚点示范</translation>
    </message>
    <message>
        <source>Two anchor examples first in each ave training task (mixture training, design.md §2.4)</source>
        <translation>每个 ave 训练任务开头放两个锚点示例（混合训练，design.md §2.4）</translation>
    </message>
    <message>
        <source>ave: anchors in test tasks</source>
        <translation>ave：测试任务中的锚点</translation>
    </message>
    <message>
        <source>Anchor demonstrations in ave test tasks (test.py)</source>
        <translation>ave 测试任务中的锚点示范（test.py）</translation>
    </message>
    <message>
        <source>proto: anchors in test tasks</source>
        <translation>proto：测试任务中的锚点</translation>
    </message>
    <message>
        <source>One example per class first in proto test tasks (test.py)</source>
        <translation>每个 proto 测试任务开头每类放一个示例（test.py）</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <source>nc (train)</source>
        <translation>nc（训练）</translation>
    </message>
    <message>
        <source>nc (test)</source>
        <translation>nc（测试）</translation>
    </message>
    <message>
        <source>Task parameters</source>
        <translation>任务参数</translation>
    </message>
    <message>
        <source>ICL transformer</source>
        <translation>ICL Transformer</translation>
    </message>
    <message>
        <source>The paper&apos;s linear-attention transformer that learns in context</source>
        <translation>论文中通过上下文进行学习的线性注意力 Transformer</translation>
    </message>
    <message>
        <source>Transformer layers (the paper uses 8)</source>
        <translation>Transformer 层数（论文使用 8）</translation>
    </message>
    <message>
        <source>Feed-forward width as a multiple of the token width d + 2C</source>
        <translation>前馈层宽度，为词元宽度 d + 2C 的倍数</translation>
    </message>
    <message>
        <source>MatchNet</source>
        <translation>MatchNet</translation>
    </message>
    <message>
        <source>Pair-wise metric meta-learner (design.md §3.2)</source>
        <translation>成对度量元学习器（design.md §3.2）</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>点积</translation>
    </message>
    <message>
        <source>Similarity of query and example embeddings: dot product in single-family training, cosine in the mixture (design.md §7.4)</source>
        <translation>查询与示例嵌入的相似度：单任务族训练时用点积，混合训练时用余弦（design.md §7.4）</translation>
    </message>
    <message>
        <source>ProtoNet</source>
        <translation>ProtoNet</translation>
    </message>
    <message>
        <source>Class-prototype meta-learner (design.md §3.3)</source>
        <translation>类原型元学习器（design.md §3.3）</translation>
    </message>
    <message>
        <source>embed query</source>
        <translation>嵌入查询</translation>
    </message>
    <message>
        <source>Embed the query like the prototypes; upstream compares the raw query (design.md §7.2)</source>
        <translation>像原型一样嵌入查询；上游实现比较的是原始查询（design.md §7.2）</translation>
    </message>
    <message>
        <source>CNP</source>
        <translation>CNP</translation>
    </message>
    <message>
        <source>Conditional Neural Process, amortization-based</source>
        <translation>条件神经过程（Conditional Neural Process），基于摊销</translation>
    </message>
    <message>
        <source>Encoder and decoder width; 0 means d + 2C as in the paper</source>
        <translation>编码器和解码器宽度；0 表示与论文一致取 d + 2C</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>FF mult</source>
        <translation>FF 倍数</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>学习器</translation>
    </message>
    <message>
        <source>Optimiser steps; every step draws a fresh batch of tasks</source>
        <translation>优化器步数；每一步都抽取一批新的任务</translation>
    </message>
    <message>
        <source>Tasks per batch, shared by all learners so comparisons are paired</source>
        <translation>每批任务数，由所有学习器共享，因此比较是配对的</translation>
    </message>
    <message>
        <source>Steps between evaluations on the fixed test tasks</source>
        <translation>在固定测试任务上两次评估之间的步数</translation>
    </message>
    <message>
        <source>Fixed, seeded test tasks per family; more narrows the 95% confidence intervals</source>
        <translation>每个任务族固定、带种子的测试任务数；越多则 95% 置信区间越窄</translation>
    </message>
    <message>
        <source>Length of test sequences; longer than training shows extrapolation to more shots</source>
        <translation>测试序列长度；长于训练长度可显示向更多样本数的外推</translation>
    </message>
    <message>
        <source>Seed of every random draw; the same seed and config give the same numbers</source>
        <translation>所有随机抽取的种子；相同的种子和配置得到相同的数值</translation>
    </message>
    <message>
        <source>LibTorch and OpenBLAS threads; auto uses the measured default (tiny models run fastest on one thread)</source>
        <translation>LibTorch 和 OpenBLAS 的线程数；自动使用实测的默认值（小模型在单线程上最快）</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <source>Test tasks per family</source>
        <translation>每个任务族的测试任务数</translation>
    </message>
    <message>
        <source>Test length N</source>
        <translation>测试长度 N</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Few-shot classification (P1, P2)</source>
        <translation>少样本分类（P1、P2）</translation>
    </message>
    <message>
        <source>Linear regression with a curriculum (I1)</source>
        <translation>带课程的线性回归（I1）</translation>
    </message>
    <message>
        <source>Meta-meta-learning over domains (I2)</source>
        <translation>跨领域的元元学习（I2）</translation>
    </message>
    <message>
        <source>Which experiment of the paper to run: the proving part (classification with ICL, MatchNet, ProtoNet and CNP) or one of the meta-level techniques on linear regression</source>
        <translation>要运行论文中的哪个实验：论证部分（使用 ICL、MatchNet、ProtoNet 和 CNP 进行分类），或线性回归上的某一种元层面技术</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>GPT-2-style model size: tiny 64/3/2, small 128/6/4, standard 256/12/8 (width, layers, heads)</source>
        <translation>GPT-2 风格的模型大小：tiny 64/3/2、small 128/6/4、standard 256/12/8（宽度、层数、头数）</translation>
    </message>
    <message>
        <source>Input dimension D of the regression tasks (paper 20)</source>
        <translation>回归任务的输入维度 D（论文使用 20）</translation>
    </message>
    <message>
        <source>Most points per prompt; the model has twice as many positions (x and y tokens)</source>
        <translation>每个提示的最大点数；模型的位置数是其两倍（x 和 y 词元）</translation>
    </message>
    <message>
        <source>Adam learning rate, constant (paper 1e-4)</source>
        <translation>Adam 学习率，恒定（论文使用 1e-4）</translation>
    </message>
    <message>
        <source>Prompts per training step (paper 64)</source>
        <translation>每个训练步的提示数（论文使用 64）</translation>
    </message>
    <message>
        <source>Training steps of each arm (paper 500,000)</source>
        <translation>每个分支的训练步数（论文使用 500,000）</translation>
    </message>
    <message>
        <source>curriculum arm</source>
        <translation>课程分支</translation>
    </message>
    <message>
        <source>A model trained with the curriculum below</source>
        <translation>使用下方课程训练的模型</translation>
    </message>
    <message>
        <source>no-curriculum arm</source>
        <translation>无课程分支</translation>
    </message>
    <message>
        <source>A model trained at the final dimensions and points throughout</source>
        <translation>始终以最终的维度和点数训练的模型</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>increment</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Active dimensions (curriculum over task difficulty): %1</source>
        <translation>激活维度（按任务难度安排的课程）：%1</translation>
    </message>
    <message>
        <source>Points per prompt: %1</source>
        <translation>每个提示的点数：%1</translation>
    </message>
    <message>
        <source>Fixed, seeded test prompts (paper 1280)</source>
        <translation>固定、带种子的测试提示数（论文使用 1280）</translation>
    </message>
    <message>
        <source>Steps at which both arms are evaluated and saved, comma-separated (paper 200k, 500k)</source>
        <translation>对两个分支进行评估并保存的步数，以逗号分隔（论文使用 200k, 500k）</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Points (n)</source>
        <translation>点数（n）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Curriculum (start, end, increment, interval):</source>
        <translation>课程（起始、结束、增量、间隔）：</translation>
    </message>
    <message>
        <source>dims</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Test prompts</source>
        <translation>测试提示</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Linear regression (I1)</source>
        <translation>线性回归（I1）</translation>
    </message>
    <message>
        <source>Input dimension D (paper 5)</source>
        <translation>输入维度 D（论文使用 5）</translation>
    </message>
    <message>
        <source>Points per prompt (paper 11)</source>
        <translation>每个提示的点数（论文使用 11）</translation>
    </message>
    <message>
        <source>Support prompts of a domain per meta-step (paper 64)</source>
        <translation>每个元步中一个领域的支持提示数（论文使用 64）</translation>
    </message>
    <message>
        <source>Query prompts of a domain per meta-step (paper 64)</source>
        <translation>每个元步中一个领域的查询提示数（论文使用 64）</translation>
    </message>
    <message>
        <source>Inner SGD steps on the support batch (paper 5)</source>
        <translation>在支持批次上的内循环 SGD 步数（论文使用 5）</translation>
    </message>
    <message>
        <source>Inner SGD learning rate (paper 0.01)</source>
        <translation>内循环 SGD 学习率（论文使用 0.01）</translation>
    </message>
    <message>
        <source>second-order MAML</source>
        <translation>二阶 MAML</translation>
    </message>
    <message>
        <source>Differentiate through the inner steps (paper: yes)</source>
        <translation>对内循环步骤进行求导（论文：是）</translation>
    </message>
    <message>
        <source>Outer Adam learning rate (paper 1e-4)</source>
        <translation>外循环 Adam 学习率（论文使用 1e-4）</translation>
    </message>
    <message>
        <source>Meta-steps, one domain each (paper 100,000)</source>
        <translation>元步数，每步一个领域（论文使用 100,000）</translation>
    </message>
    <message>
        <source>Output scale of training domains: t = scale x N(0, 1) (paper 8)</source>
        <translation>训练领域的输出尺度：t = scale x N(0, 1)（论文使用 8）</translation>
    </message>
    <message>
        <source>Support prompts per new test domain, comma-separated (paper 64, 256, 1024)</source>
        <translation>每个新测试领域的支持提示数，以逗号分隔（论文使用 64, 256, 1024）</translation>
    </message>
    <message>
        <source>Fine-tune steps of the meta-trained model on a new domain (paper 50)</source>
        <translation>元训练后的模型在新领域上的微调步数（论文使用 50）</translation>
    </message>
    <message>
        <source>Support prompts</source>
        <translation>支持提示</translation>
    </message>
    <message>
        <source>Query prompts</source>
        <translation>查询提示</translation>
    </message>
    <message>
        <source>Inner steps</source>
        <translation>内循环步数</translation>
    </message>
    <message>
        <source>Inner lr</source>
        <translation>内循环 lr</translation>
    </message>
    <message>
        <source>Meta lr</source>
        <translation>元 lr</translation>
    </message>
    <message>
        <source>Meta-steps</source>
        <translation>元步数</translation>
    </message>
    <message>
        <source>y scale</source>
        <translation>y 尺度</translation>
    </message>
    <message>
        <source>Test support sizes</source>
        <translation>测试支持集大小</translation>
    </message>
    <message>
        <source>Adapt steps</source>
        <translation>适应步数</translation>
    </message>
    <message>
        <source>Meta-meta-learning (I2)</source>
        <translation>元元学习（I2）</translation>
    </message>
    <message>
        <source>How the ICL transformer is computed: fused (hand-written, fast on the CPU), torch (LibTorch operators, used on CUDA) or auto</source>
        <translation>ICL Transformer 的计算方式：fused（手写实现，CPU 上更快）、torch（LibTorch 算子，用于 CUDA）或 auto</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Seed: enter a whole number from 0 to %1</source>
        <translation>种子：请输入 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>Test families</source>
        <translation>测试任务族</translation>
    </message>
    <message>
        <source>mix (the training mixture&apos;s proportions)</source>
        <translation>mix（按训练混合的比例）</translation>
    </message>
    <message>
        <source>Test tasks drawn from the families in the proportions of the training mixture</source>
        <translation>按训练混合的比例从各任务族中抽取的测试任务</translation>
    </message>
    <message>
        <source>Test tasks of the %1 family</source>
        <translation>%1 任务族的测试任务</translation>
    </message>
    <message>
        <source>Families of the fixed test tasks: each gets an accuracy curve and a column of the table; at least one</source>
        <translation>固定测试任务所属的任务族：每个任务族对应一条准确率曲线和表格中的一列；至少选择一个</translation>
    </message>
    <message>
        <source>Active dimensions of the curriculum: start, end, increment, interval</source>
        <translation>课程的激活维度：起始、结束、增量、间隔</translation>
    </message>
    <message>
        <source>Points per prompt of the curriculum: start, end, increment, interval</source>
        <translation>课程中每个提示的点数：起始、结束、增量、间隔</translation>
    </message>
</context>
<context>
    <name>icl::ui::GeneralisationPanel</name>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>input scale σ (shift)</source>
        <translation>输入尺度 σ（shift）</translation>
    </message>
    <message>
        <source>input mean offset</source>
        <translation>输入均值偏移</translation>
    </message>
    <message>
        <source>radial task</source>
        <translation>径向任务</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Radial task (unseen algorithm): accuracy against shots</source>
        <translation>径向任务（未见过的算法）：准确率随样本数的变化</translation>
    </message>
    <message>
        <source>shots (examples before the query)</source>
        <translation>样本数（查询前的示例数）</translation>
    </message>
    <message>
        <source>The evaluations of this run folder, by tag</source>
        <translation>此运行文件夹中的各次评估，按标签列出</translation>
    </message>
    <message>
        <source>The checkpoint evaluated: final, or best (highest mean test accuracy during training)</source>
        <translation>所评估的检查点：final（训练结束时），或 best（训练期间平均测试准确率最高）</translation>
    </message>
    <message>
        <source>What the test sets shift: the input scale σ (training: σ = 1) or the mean of the inputs (training: 0)</source>
        <translation>测试集所偏移的量：输入尺度 σ（训练时：σ = 1）或输入的均值（训练时：0）</translation>
    </message>
    <message>
        <source>Test family of the shifted test sets</source>
        <translation>偏移测试集的测试任务族</translation>
    </message>
    <message>
        <source>Accuracy averaged over every number of shots, or at one</source>
        <translation>在所有样本数上平均的准确率，或某一样本数下的准确率</translation>
    </message>
    <message>
        <source>Evaluate this run again on new test sets (Run &gt; Evaluate Generalisation…)</source>
        <translation>在新的测试集上重新评估此运行（运行 &gt; 评估泛化能力…）</translation>
    </message>
    <message>
        <source>%v / %m test sets</source>
        <translation>%v / %m 个测试集</translation>
    </message>
    <message>
        <source>Bands: 95&#xa0;% Wilson intervals over the test tasks.</source>
        <translation>阴影带：基于各测试任务的 95% Wilson 区间。</translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation>检查点：</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>偏移类型：</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>任务族：</translation>
    </message>
    <message>
        <source>mean over shots</source>
        <translation>各样本数平均</translation>
    </message>
    <message>
        <source>at 1 shot</source>
        <translation>1 个样本时</translation>
    </message>
    <message>
        <source>at %1 shots</source>
        <translation>%1 个样本时</translation>
    </message>
    <message>
        <source>input scale σ</source>
        <translation>输入尺度 σ</translation>
    </message>
    <message>
        <source>input scale σ of the test tasks (training: the run&apos;s σ)</source>
        <translation>测试任务的输入尺度 σ（训练时：该运行的 σ）</translation>
    </message>
    <message>
        <source>mean offset of the test inputs (training: 0)</source>
        <translation>测试输入的均值偏移（训练时：0）</translation>
    </message>
    <message>
        <source>Accuracy against the input shift</source>
        <translation>准确率随输入偏移的变化</translation>
    </message>
    <message>
        <source>Accuracy against %1 on %2, %3</source>
        <translation>%2 上准确率随%1的变化，%3</translation>
    </message>
    <message>
        <source>accuracy, mean over shots</source>
        <translation>准确率，各样本数平均</translation>
    </message>
    <message>
        <source>Bands: mean of the per-shot 95&#xa0;% Wilson bounds, never narrower than a 95&#xa0;% interval of the mean over shots.</source>
        <translation>阴影带：各样本数下 95% Wilson 区间上下界的平均，且不窄于各样本数平均值的 95% 区间。</translation>
    </message>
    <message>
        <source>Radial task: not in this evaluation</source>
        <translation>径向任务：不在此评估中</translation>
    </message>
    <message>
        <source>95 % Wilson interval</source>
        <translation>95% Wilson 区间</translation>
    </message>
</context>
<context>
    <name>icl::ui::GeneralisationViews</name>
    <message>
        <source>&amp;Evaluate Generalisation…</source>
        <translation>评估泛化能力(&amp;E)…</translation>
    </message>
    <message>
        <source>Evaluate the shown classification run again on shifted and radial test sets, with the algorithm probe; adds files to its folder</source>
        <translation>在偏移测试集和径向测试集上重新评估所显示的分类运行，并运行算法探针；会向其文件夹添加文件</translation>
    </message>
    <message>
        <source>Evaluating this run… The views fill in when the evaluation has finished.</source>
        <translation>正在评估此运行… 评估完成后，视图中将显示结果。</translation>
    </message>
    <message>
        <source>Generalisation</source>
        <translation>泛化</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>探针</translation>
    </message>
    <message>
        <source>Open a classification run folder (File &gt; Open Run Folder) or train one first.</source>
        <translation>请先打开一个分类运行文件夹（文件 &gt; 打开运行文件夹），或训练一个分类运行。</translation>
    </message>
    <message>
        <source>Generalisation evaluations are for classification runs.</source>
        <translation>泛化评估仅适用于分类运行。</translation>
    </message>
    <message>
        <source>A run is training: evaluate when it has ended.</source>
        <translation>有运行正在训练：请在其结束后再评估。</translation>
    </message>
    <message>
        <source>An evaluation is running.</source>
        <translation>有评估正在进行。</translation>
    </message>
    <message>
        <source>No run shown. Open a classification run folder (File &gt; Open Run Folder) or train one, then Evaluate…</source>
        <translation>未显示任何运行。请打开一个分类运行文件夹（文件 &gt; 打开运行文件夹）或训练一个分类运行，然后点击“评估…”。</translation>
    </message>
    <message>
        <source>Generalisation and probe evaluations are for classification runs; this run is not one.</source>
        <translation>泛化评估和探针评估仅适用于分类运行；此运行不是分类运行。</translation>
    </message>
    <message>
        <source>No evaluation yet: Evaluate… (Run &gt; Evaluate Generalisation…) tests this run on test sets with shifted inputs and on the radial task, and probes which algorithm the ICL model follows.</source>
        <translation>尚无评估：“评估…”（运行 &gt; 评估泛化能力…）会在输入偏移的测试集和径向任务上测试此运行，并探测 ICL 模型遵循的是哪种算法。</translation>
    </message>
    <message>
        <source>The evaluation &apos;%1&apos; cannot be read: %2</source>
        <translation>无法读取评估“%1”：%2</translation>
    </message>
    <message>
        <source>Evaluate Generalisation</source>
        <translation>评估泛化能力</translation>
    </message>
    <message>
        <source>Evaluating %1…</source>
        <translation>正在评估 %1…</translation>
    </message>
    <message>
        <source>Evaluating: %1 (%2 of %3 test sets)</source>
        <translation>正在评估：%1（已完成 %2 / %3 个测试集）</translation>
    </message>
    <message>
        <source>Evaluation &apos;%1&apos; saved in %2</source>
        <translation>评估“%1”已保存到 %2</translation>
    </message>
    <message>
        <source>Evaluation cancelled; nothing was written.</source>
        <translation>评估已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Evaluation failed.</source>
        <translation>评估失败。</translation>
    </message>
    <message>
        <source>Could not evaluate %1: %2
Nothing was written to the run folder.</source>
        <translation>无法评估 %1：%2
未向运行文件夹写入任何内容。</translation>
    </message>
</context>
<context>
    <name>icl::ui::GuardedApplication</name>
    <message>
        <source>an unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>icl::ui::LearnerLegend</name>
    <message>
        <source>Show or hide this learner&apos;s curves</source>
        <translation>显示或隐藏此学习器的曲线</translation>
    </message>
</context>
<context>
    <name>icl::ui::LossChartPanel</name>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Wall time (s)</source>
        <translation>墙钟时间（秒）</translation>
    </message>
    <message>
        <source>Plot the loss against optimiser steps or seconds since the start</source>
        <translation>按优化器步数或自开始以来的秒数绘制损失</translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation>对数损失坐标轴</translation>
    </message>
    <message>
        <source>Exponential moving average of the loss, debiased as in TensorBoard; the raw curve stays faintly visible</source>
        <translation>损失的指数移动平均，按 TensorBoard 的方式去偏；原始曲线仍以淡色显示</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x：</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>平滑：</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>wall time (s)</source>
        <translation>墙钟时间（秒）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source> (raw)</source>
        <translation> (原始)</translation>
    </message>
    <message>
        <source>Training loss against %1 · smoothing %2 (debiased EMA; the raw curve faint)%3</source>
        <translation>训练损失（横轴：%1）· 平滑 %2（去偏 EMA；浅色为原始曲线）%3</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>墙钟时间</translation>
    </message>
    <message>
        <source> · shading: curriculum stages</source>
        <translation> · 阴影：课程阶段</translation>
    </message>
</context>
<context>
    <name>icl::ui::MainWindow</name>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>&amp;New Experiment</source>
        <translation>新建实验(&amp;N)</translation>
    </message>
    <message>
        <source>Reset the experiment to the default mixture config</source>
        <translation>将实验重置为默认的混合配置</translation>
    </message>
    <message>
        <source>&amp;Open Config…</source>
        <translation>打开配置(&amp;O)…</translation>
    </message>
    <message>
        <source>Load an experiment config (the JSON file the CLI takes)</source>
        <translation>加载实验配置（即 CLI 使用的 JSON 文件）</translation>
    </message>
    <message>
        <source>&amp;Save Config</source>
        <translation>保存配置(&amp;S)</translation>
    </message>
    <message>
        <source>Save Config &amp;As…</source>
        <translation>配置另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Run Folder…</source>
        <translation>打开运行文件夹(&amp;R)…</translation>
    </message>
    <message>
        <source>Show the charts of a finished run, also one made by the CLI</source>
        <translation>显示已完成运行的图表，包括由 CLI 生成的运行</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>全部导出(&amp;A)…</translation>
    </message>
    <message>
        <source>Write every chart (PNG, SVG) and CSV of the run to a folder</source>
        <translation>将该运行的所有图表（PNG、SVG）和 CSV 写入一个文件夹</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Train every enabled learner on the experiment (F5)</source>
        <translation>用该实验训练所有已启用的学习器（F5）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause after the current step (F5)</source>
        <translation>在当前步结束后暂停（F5）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End the run after the current step; its folder stays complete</source>
        <translation>在当前步结束后终止运行；其文件夹保持完整</translation>
    </message>
    <message>
        <source>Start / Pause / Resume</source>
        <translation>开始 / 暂停 / 继续</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运行控制</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Loss Chart (PNG or SVG)…</source>
        <translation>损失图表（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Accuracy Chart (PNG or SVG)…</source>
        <translation>准确率图表（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Loss Data (CSV)…</source>
        <translation>损失数据（CSV）…</translation>
    </message>
    <message>
        <source>Evaluation Data (CSV)…</source>
        <translation>评估数据（CSV）…</translation>
    </message>
    <message>
        <source>Comparison Table (CSV)…</source>
        <translation>比较表格（CSV）…</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ICL Lab</source>
        <translation>关于 ICL Lab(&amp;A)</translation>
    </message>
    <message>
        <source>About ICL Lab</source>
        <translation>关于 ICL Lab</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ICL Lab %1&lt;/b&gt; (%2)&lt;/p&gt;&lt;p&gt;A laboratory for in-context learning as meta-learning, after “Why In-Context Learning Models are Good Few-Shot Learners?” (ICLR 2025).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ICL Lab %1&lt;/b&gt;（%2）&lt;/p&gt;&lt;p&gt;一个将上下文学习作为元学习来研究的实验室，基于论文“Why In-Context Learning Models are Good Few-Shot Learners?”（ICLR 2025）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Stopping the run…</source>
        <translation>正在停止运行…</translation>
    </message>
    <message>
        <source>New Experiment</source>
        <translation>新建实验</translation>
    </message>
    <message>
        <source>Open Config</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <source>Could not open the config %1. The current experiment is unchanged.</source>
        <translation>无法打开配置 %1。当前实验未更改。</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <source>Save Config</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Open Run Folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <source>Stop the current run before opening another one.</source>
        <translation>请先停止当前运行，再打开另一个运行。</translation>
    </message>
    <message>
        <source>%1 is not a readable ICL Lab run folder. The current experiment is unchanged.</source>
        <translation>%1 不是可读取的 ICL Lab 运行文件夹。当前实验未更改。</translation>
    </message>
    <message>
        <source>Opened run (%1)</source>
        <translation>已打开运行（%1）</translation>
    </message>
    <message>
        <source>The experiment cannot run: %1</source>
        <translation>该实验无法运行：%1</translation>
    </message>
    <message>
        <source>Could not create the runs folder %1</source>
        <translation>无法创建运行目录 %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>step %1 / %2 · ETA %3</source>
        <translation>第 %1 / %2 步 · 预计剩余 %3</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <source> · stopping…</source>
        <translation> · 正在停止…</translation>
    </message>
    <message>
        <source>Run %1 after %2 steps (%3)</source>
        <translation>运行%1，共 %2 步（%3）</translation>
    </message>
    <message>
        <source>Device: %1 · threads: %2</source>
        <translation>设备：%1 · 线程：%2</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Run saved in %1</source>
        <translation>运行已保存到 %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>The training thread stopped with an error.</source>
        <translation>训练线程因错误而停止。</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export All Into Folder</source>
        <translation>全部导出到文件夹</translation>
    </message>
    <message>
        <source>Export All</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>%1 is not empty. Files with the same names will be replaced. Continue?</source>
        <translation>%1 不为空。同名文件将被替换。是否继续？</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>运行：%1</translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>auto (CUDA)</source>
        <translation>自动（CUDA）</translation>
    </message>
    <message>
        <source>auto (CPU)</source>
        <translation>自动（CPU）</translation>
    </message>
    <message>
        <source>%1%2 – ICL Lab</source>
        <translation>%1%2 – ICL Lab</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes the next time ICL Lab starts.</source>
        <translation>语言将在下次启动 ICL Lab 时更改。</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Resuming from step %1…</source>
        <translation>正在从第 %1 步继续…</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>An action failed and was abandoned: %1
The window and any run in progress go on.</source>
        <translation>某个操作失败并已放弃：%1
窗口和正在进行的运行不受影响。</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>interrupted (killed or crashed; File &gt; Resume Run)</source>
        <translation>已中断（进程被终止或崩溃；文件 &gt; 继续运行）</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>试验场</translation>
    </message>
    <message>
        <source>PNG Size</source>
        <translation>PNG 尺寸</translation>
    </message>
    <message>
        <source>Pixels per screen pixel: 2 × suits slides and print (about 192 dpi)</source>
        <translation>每个屏幕像素对应的图像像素数：2 × 适合幻灯片和打印（约 192 dpi）</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 dpi</source>
        <translation>%1 × %2 像素，%3 dpi</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放倍数：</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <source>Run: %1
%2</source>
        <translation>运行：%1
%2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>No run shown: Start trains the experiment in the form.</source>
        <translation>未显示任何运行：点击“开始”即可训练表单中的实验。</translation>
    </message>
    <message>
        <source>Showing the running run %1</source>
        <translation>正在显示进行中的运行 %1</translation>
    </message>
    <message>
        <source>Showing run %1 (%2)</source>
        <translation>正在显示运行 %1（%2）</translation>
    </message>
    <message>
        <source>The experiment in the form has unsaved changes.</source>
        <translation>表单中的实验有未保存的更改。</translation>
    </message>
    <message>
        <source>%1: save the changes first, discard them, or cancel?</source>
        <translation>%1：先保存更改、放弃更改，还是取消？</translation>
    </message>
    <message>
        <source>Load Preset</source>
        <translation>加载预设</translation>
    </message>
    <message>
        <source>&amp;Experiment Panel</source>
        <translation>实验面板(&amp;E)</translation>
    </message>
    <message>
        <source>Show or hide the experiment form</source>
        <translation>显示或隐藏实验表单</translation>
    </message>
    <message>
        <source>&amp;Curriculum Panel</source>
        <translation>课程面板(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the curriculum of the regression (I1) experiment</source>
        <translation>显示或隐藏回归（I1）实验的课程</translation>
    </message>
    <message>
        <source>Co&amp;mpare Runs</source>
        <translation>比较运行(&amp;M)</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Open Sweep Folder</source>
        <translation>打开扫描文件夹</translation>
    </message>
    <message>
        <source>%1 holds no sweep.json: it is not a sweep folder. Open a run folder with File &gt; Open Run Folder.</source>
        <translation>%1 中没有 sweep.json：它不是扫描文件夹。运行文件夹请用“文件 &gt; 打开运行文件夹”打开。</translation>
    </message>
    <message>
        <source>Open S&amp;weep Folder…</source>
        <translation>打开扫描文件夹(&amp;W)…</translation>
    </message>
    <message>
        <source>Show a sweep folder (sweep.json) across seeds</source>
        <translation>显示一个扫描文件夹（sweep.json）的跨种子结果</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>扫描(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Start Sweep…</source>
        <translation>开始扫描(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;top Sweep</source>
        <translation>停止扫描(&amp;T)</translation>
    </message>
</context>
<context>
    <name>icl::ui::PlaygroundView</name>
    <message>
        <source>ICL transformer</source>
        <translation>ICL Transformer</translation>
    </message>
    <message>
        <source>MatchNet</source>
        <translation>MatchNet</translation>
    </message>
    <message>
        <source>ProtoNet</source>
        <translation>ProtoNet</translation>
    </message>
    <message>
        <source>CNP</source>
        <translation>CNP</translation>
    </message>
    <message>
        <source>Plug-in rule</source>
        <translation>插入式规则</translation>
    </message>
    <message>
        <source>Rule: cosine vote (sim)</source>
        <translation>规则：余弦投票（sim）</translation>
    </message>
    <message>
        <source>Rule: nearest class mean (proto)</source>
        <translation>规则：最近类均值（proto）</translation>
    </message>
    <message>
        <source>Rule: mean offset (ave)</source>
        <translation>规则：均值偏移（ave）</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to use&lt;/b&gt;: left-click adds a point of the chosen class; drag a point to move it; right-click it (or select it and press Delete) to remove it. The numbers are the order of the support.&lt;br&gt;The ICL transformer has no positional encoding and its attention is not causal, so when it sees the whole support its prediction does not depend on the order. The order matters through &lt;i&gt;Use first k&lt;/i&gt;: every learner then sees only points 1..k (the others are drawn hollow), as the model does at shot k of a sequence.&lt;br&gt;Colour: probability of class 0 (blue) against class 1 (orange); black line: 0.5. The plug-in rule is a hard decision (its black line); its colours are the softmax of its scores, for display only.&lt;br&gt;While a point is dragged the panels are computed on a %1 × %1 grid, then on %2 × %2 when it is released.</source>
        <translation>&lt;b&gt;使用方法&lt;/b&gt;：左键单击添加一个所选类别的点；拖动点可移动它；右键单击点（或选中后按 Delete）可删除它。点上的数字是其在支持集中的顺序。&lt;br&gt;ICL Transformer 没有位置编码，其注意力也不是因果的，因此当它看到整个支持集时，预测与顺序无关。顺序通过&lt;i&gt;仅用前 k 个&lt;/i&gt;起作用：此时每个学习器只看到第 1..k 个点（其余的点画为空心），就像模型在序列中样本数为 k 时那样。&lt;br&gt;颜色：类别 0（蓝色）相对于类别 1（橙色）的概率；黑线：0.5。插入式规则是硬决策（即其黑线）；其颜色是其得分的 softmax，仅用于显示。&lt;br&gt;拖动点时，各面板在 %1 × %1 的网格上计算，松开后在 %2 × %2 的网格上计算。</translation>
    </message>
    <message>
        <source>Move the mouse over a panel to read each learner&apos;s P(class 0).</source>
        <translation>将鼠标移到面板上，可读取每个学习器的 P(类别 0)。</translation>
    </message>
    <message>
        <source>No run chosen: use the window&apos;s run or open a run folder of a d = 2, C = 2 classification run.</source>
        <translation>未选择运行：请使用窗口中的运行，或打开一个 d = 2、C = 2 的分类运行的文件夹。</translation>
    </message>
    <message>
        <source>Run: none</source>
        <translation>运行：无</translation>
    </message>
    <message>
        <source>Use the window&apos;s run</source>
        <translation>使用窗口中的运行</translation>
    </message>
    <message>
        <source>The window shows no run yet: start one, open one, or open a run folder here.</source>
        <translation>窗口中尚未显示任何运行：请开始或打开一个运行，或在此处打开运行文件夹。</translation>
    </message>
    <message>
        <source>Open run folder…</source>
        <translation>打开运行文件夹…</translation>
    </message>
    <message>
        <source>final checkpoint</source>
        <translation>最终检查点</translation>
    </message>
    <message>
        <source>best checkpoint</source>
        <translation>最佳检查点</translation>
    </message>
    <message>
        <source>latest state</source>
        <translation>最新状态</translation>
    </message>
    <message>
        <source>final: the end of training; best: the best evaluation; latest state: the weights of the last evaluation (a running or paused run).</source>
        <translation>最终：训练结束时；最佳：评估结果最好时；最新状态：最近一次评估时的权重（用于运行中或已暂停的运行）。</translation>
    </message>
    <message>
        <source>Rule of</source>
        <translation>规则取自</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>坐标轴</translation>
    </message>
    <message>
        <source>Add class %1</source>
        <translation>添加类别 %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>后移</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Use first k:</source>
        <translation>仅用前 k 个：</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every learner sees only the first k support points (0: all).</source>
        <translation>每个学习器只看到前 k 个支持点（0：全部）。</translation>
    </message>
    <message>
        <source>Sample a task:</source>
        <translation>采样任务：</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>seed </source>
        <translation>种子 </translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>加载预设</translation>
    </message>
    <message>
        <source>Fixed supports like the paper&apos;s decision-boundary plots: one seeded test task per family.</source>
        <translation>与论文中决策边界图类似的固定支持集：每个任务族一个带种子的测试任务。</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>运行：%1</translation>
    </message>
    <message>
        <source>The playground is off for this run: %1</source>
        <translation>此运行无法使用试验场：%1</translation>
    </message>
    <message>
        <source>Run: %1 (%2)</source>
        <translation>运行：%1（%2）</translation>
    </message>
    <message>
        <source>%1 × %2 grid, all panels %3 ms%4</source>
        <translation>%1 × %2 网格，所有面板共 %3 毫秒%4</translation>
    </message>
    <message>
        <source> (preview while dragging)</source>
        <translation>（拖动时的预览）</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>(%1, %2)  P(class 0): %3</source>
        <translation>(%1, %2)  P(类别 0)：%3</translation>
    </message>
    <message>
        <source>Sample a task</source>
        <translation>采样任务</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .png or .svg</source>
        <translation>%1：请选择以 .png 或 .svg 结尾的文件名</translation>
    </message>
    <message>
        <source>Export panels</source>
        <translation>导出面板</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
</context>
<context>
    <name>icl::ui::PresetsMenu</name>
    <message>
        <source>~%1 on 2 CPU cores (estimate)</source>
        <translation>2 个 CPU 核心约 %1（估计）</translation>
    </message>
    <message>
        <source>~%1 on 2 cores</source>
        <translation>2 个核心约 %1</translation>
    </message>
    <message>
        <source>Paper scale (GPU, hours to days)</source>
        <translation>论文规模（GPU，数小时到数天）</translation>
    </message>
    <message>
        <source>, last run here: %1</source>
        <translation>，本机上次运行：%1</translation>
    </message>
    <message>
        <source>Run time: %1 (%2)</source>
        <translation>运行时间：%1（%2）</translation>
    </message>
    <message>
        <source>Last run here: %1 (the newest completed run of this preset)</source>
        <translation>本机上次运行：%1（此预设最近一次完成的运行）</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
</context>
<context>
    <name>icl::ui::ProbePanel</name>
    <message>
        <source>σ = %1</source>
        <translation>σ = %1</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>均值偏移 %1</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <source>All shots</source>
        <translation>所有样本数</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>agreement above chance</source>
        <translation>超出随机水平的一致率</translation>
    </message>
    <message>
        <source>What the colour of a cell shows</source>
        <translation>单元格颜色所表示的量</translation>
    </message>
    <message>
        <source>Show every number of shots (scroll), not only 0, 1, 2, 3, 5, 10, 20, 30 and the last</source>
        <translation>显示每一个样本数（可滚动），而不仅是 0, 1, 2, 3, 5, 10, 20, 30 和最后一个</translation>
    </message>
    <message>
        <source>The test sets the probe ran on</source>
        <translation>探针所用的测试集</translation>
    </message>
    <message>
        <source>Test family</source>
        <translation>测试任务族</translation>
    </message>
    <message>
        <source>The input scale σ or mean offset of the test set</source>
        <translation>测试集的输入尺度 σ 或均值偏移</translation>
    </message>
    <message>
        <source>Click a column to describe it below</source>
        <translation>点击某一列，在下方查看对它的描述</translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation>检查点：</translation>
    </message>
    <message>
        <source>Test set:</source>
        <translation>测试集：</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>任务族：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>&lt;b&gt;How often the ICL model predicts the same class as each reference&lt;/b&gt;, against the number of shots (columns)</source>
        <translation>&lt;b&gt;ICL 模型与各参照预测相同类别的频率&lt;/b&gt;，随样本数（列）的变化</translation>
    </message>
    <message>
        <source>This evaluation ran without the probe (generalisation.probe = false).</source>
        <translation>此评估运行时未启用探针（generalisation.probe = false）。</translation>
    </message>
    <message>
        <source>σ:</source>
        <translation>σ：</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>均值偏移：</translation>
    </message>
    <message>
        <source>1 shot</source>
        <translation>1 个样本</translation>
    </message>
    <message>
        <source>%1 shots</source>
        <translation>%1 个样本</translation>
    </message>
    <message>
        <source>On %1 at %2 ICL agrees most with %3: %4 (chance %5).</source>
        <translation>在 %1 上、%2时，ICL 与 %3 最一致：%4（随机水平 %5）。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Each cell: agreement over (chance). Agreement is the fraction of test queries on which both predict the same class; chance is what two independent predictors with the same accuracies would reach. Colour: agreement, white at 0.5 to dark blue at 1.</source>
        <translation>每个单元格：上为一致率，下为（随机水平）。一致率是两者预测相同类别的测试查询所占的比例；随机水平是准确率相同的两个独立预测器所能达到的一致率。颜色：一致率，从 0.5 时的白色到 1 时的深蓝色。</translation>
    </message>
    <message>
        <source>Each cell: agreement over (chance). Colour: agreement minus chance, blue above chance (full at +0.25), orange below (full at −0.25), white at chance.</source>
        <translation>每个单元格：上为一致率，下为（随机水平）。颜色：一致率减去随机水平，高于随机水平为蓝色（+0.25 时最深），低于随机水平为橙色（−0.25 时最深），等于随机水平为白色。</translation>
    </message>
</context>
<context>
    <name>icl::ui::ProbeTableModel</name>
    <message>
        <source>ICL and %1 at %2 shots: same class on %3 of the queries; %4 expected by chance from the two accuracies alone (%5 test tasks)</source>
        <translation>ICL 与 %1 在 %2 个样本时：预测相同类别的查询比例为 %3；仅由两者的准确率推算，随机情况下预期为 %4（%5 个测试任务）</translation>
    </message>
    <message>
        <source>%1 shots: click to describe this column</source>
        <translation>%1 个样本：点击以描述此列</translation>
    </message>
</context>
<context>
    <name>icl::ui::RegressionAgreementChart</name>
    <message>
        <source>least squares</source>
        <translation>最小二乘</translation>
    </message>
    <message>
        <source>3-NN</source>
        <translation>3-近邻</translation>
    </message>
    <message>
        <source>averaging</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>curriculum</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>no curriculum</source>
        <translation>无课程</translation>
    </message>
    <message>
        <source>the curriculum arm</source>
        <translation>课程分支</translation>
    </message>
    <message>
        <source>the arm without curriculum</source>
        <translation>无课程分支</translation>
    </message>
    <message>
        <source>The evaluation snapshot (training step) the chart shows</source>
        <translation>此图表显示的评估快照（训练步）</translation>
    </message>
    <message>
        <source>The number of in-context examples the sentence below speaks of</source>
        <translation>下方说明文字所针对的上下文示例数</translation>
    </message>
    <message>
        <source>Akyürek et al.&apos;s measure: how far each GPT arm&apos;s prediction is from each algorithm&apos;s on the same test prompts, divided by D. Near 0: the arm predicts like that algorithm. Bands: 90 % bootstrap interval over the prompts.</source>
        <translation>Akyürek 等人的度量：在相同的测试提示上，每个 GPT 分支的预测与每种算法的预测相差多远，再除以 D。接近 0：该分支的预测与该算法相同。阴影带：基于各提示的 90% 自助法（bootstrap）区间。</translation>
    </message>
    <message>
        <source>in-context examples</source>
        <translation>上下文示例</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>快照：</translation>
    </message>
    <message>
        <source>Sentence at</source>
        <translation>说明文字针对</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>个示例</translation>
    </message>
    <message>
        <source>Agreement with baselines: (GPT − baseline)² / D, log scale</source>
        <translation>与基线的一致程度：(GPT − 基线)² / D，对数刻度</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>This run predates the agreement measure: its eval.csv has no sq_diff_* rows (or it ran with eval.baselines off). Train it again to compare the GPT arms&apos; predictions with least squares, 3-NN and averaging.</source>
        <translation>此运行早于一致程度度量的引入：其 eval.csv 中没有 sq_diff_* 行（或运行时关闭了 eval.baselines）。请重新训练，以将 GPT 各分支的预测与最小二乘、3-近邻和平均进行比较。</translation>
    </message>
    <message>
        <source>The agreement with baselines is measured in linear-regression (I1) runs only; this run has none.</source>
        <translation>与基线的一致程度仅在线性回归（I1）运行中测量；此运行不是这类运行。</translation>
    </message>
    <message>
        <source>No evaluation yet: the curves appear with the run&apos;s first evaluation.</source>
        <translation>尚无评估：曲线将在该运行的首次评估后出现。</translation>
    </message>
    <message>
        <source>%1: (GPT − %2)² / D</source>
        <translation>%1：(GPT − %2)² / D</translation>
    </message>
    <message>
        <source>Agreement with baselines after step %1: (GPT − baseline)² / D, log scale</source>
        <translation>第 %1 步后与基线的一致程度：(GPT − 基线)² / D，对数刻度</translation>
    </message>
    <message>
        <source>At step %1 with 0 examples every baseline predicts 0, so each curve starts at the arm&apos;s own prediction squared / D.</source>
        <translation>在第 %1 步、0 个示例时，每个基线都预测 0，因此每条曲线都从该分支自身预测值的平方 / D 开始。</translation>
    </message>
    <message>
        <source>%1 is closest to %2: %3 (%4)</source>
        <translation>%1 最接近 %2：%3（%4）</translation>
    </message>
    <message>
        <source>At step %1 with 1 example %2.</source>
        <translation>在第 %1 步、1 个示例时，%2。</translation>
    </message>
    <message>
        <source>At step %1 with %2 examples %3.</source>
        <translation>在第 %1 步、%2 个示例时，%3。</translation>
    </message>
    <message>
        <source>90 % bootstrap interval</source>
        <translation>90% bootstrap 区间</translation>
    </message>
    <message>
        <source>Agreement with baselines · test set: %1 · snapshot after step %2 · bands: 90 % bootstrap interval over %3 test prompts</source>
        <translation>与基线的一致程度 · 测试集：%1 · 第 %2 步后的快照 · 阴影带：基于 %3 个测试提示的 90% bootstrap 区间</translation>
    </message>
</context>
<context>
    <name>icl::ui::RegressionPanel</name>
    <message>
        <source>Test prompts the error is measured on (meta-meta runs: one set per support size)</source>
        <translation>测量误差所用的测试提示（元元学习运行：每种支持集大小一组）</translation>
    </message>
    <message>
        <source>Test set:</source>
        <translation>测试集：</translation>
    </message>
    <message>
        <source>Early snapshot</source>
        <translation>早期快照</translation>
    </message>
    <message>
        <source>Late snapshot</source>
        <translation>后期快照</translation>
    </message>
    <message>
        <source>The evaluation snapshot (training step) this chart shows</source>
        <translation>此图表显示的评估快照（训练步）</translation>
    </message>
    <message>
        <source>in-context examples</source>
        <translation>上下文示例</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>error / D</source>
        <translation>误差 / D</translation>
    </message>
    <message>
        <source>Error curves</source>
        <translation>误差曲线</translation>
    </message>
    <message>
        <source>Agreement with baselines</source>
        <translation>与基线的一致程度</translation>
    </message>
    <message>
        <source>How close each GPT arm&apos;s predictions are to least squares, 3-NN and averaging (Akyürek et al.), per number of examples</source>
        <translation>每个 GPT 分支的预测与最小二乘、3-近邻和平均的接近程度（Akyürek 等人），按示例数显示</translation>
    </message>
    <message>
        <source>in-context examples + 1 (log scale)</source>
        <translation>上下文示例数 + 1（对数刻度）</translation>
    </message>
    <message>
        <source>90 % bootstrap interval</source>
        <translation>90% bootstrap 区间</translation>
    </message>
    <message>
        <source>Squared error / D · test set: %1 · snapshot after step %2 · bands: 90 % bootstrap interval over %3 test prompts</source>
        <translation>平方误差 / D · 测试集：%1 · 第 %2 步后的快照 · 阴影带：基于 %3 个测试提示的 90% bootstrap 区间</translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation>%1 最高达 %2</translation>
    </message>
    <message>
        <source>%1 (clipped: %2)</source>
        <translation>%1（已截断：%2）</translation>
    </message>
    <message>
        <source> · y clipped at %1: %2</source>
        <translation> · y 轴截断于 %1：%2</translation>
    </message>
</context>
<context>
    <name>icl::ui::RunBrowser</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Check runs to overlay them; double-click a run to open it, its note to edit it</source>
        <translation>勾选运行以叠加显示；双击运行可打开它，双击其备注可编辑备注</translation>
    </message>
    <message>
        <source>Read the runs folder again</source>
        <translation>重新读取存放运行的文件夹</translation>
    </message>
    <message>
        <source>Show the selected run in the Training tab</source>
        <translation>在“训练”标签页中显示所选运行</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>The note could not be saved; the earlier note is unchanged.
%1</source>
        <translation>无法保存备注；原有备注未更改。
%1</translation>
    </message>
    <message>
        <source>Runs in %1</source>
        <translation>%1 中的运行</translation>
    </message>
    <message>
        <source>Not overlaid:
%1</source>
        <translation>未叠加：
%1</translation>
    </message>
</context>
<context>
    <name>icl::ui::RunListModel</name>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>I1 regression</source>
        <translation>I1 回归</translation>
    </message>
    <message>
        <source>I2 meta-meta</source>
        <translation>I2 元元学习</translation>
    </message>
    <message>
        <source>This folder cannot be read as a run:
%1</source>
        <translation>无法将此文件夹读取为运行：
%1</translation>
    </message>
    <message>
        <source>Double-click to edit the note (saved to note.txt)</source>
        <translation>双击以编辑备注（保存到 note.txt）</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>不可读</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>icl::ui::RunOverlay</name>
    <message>
        <source>mix (all families)</source>
        <translation>mix（所有任务族）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>shots</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>shots + 1 (log scale)</source>
        <translation>样本数 + 1（对数刻度）</translation>
    </message>
    <message>
        <source>Test family of the accuracy curves</source>
        <translation>准确率曲线的测试任务族</translation>
    </message>
    <message>
        <source>Number of shots k at which the table compares accuracy</source>
        <translation>表格比较准确率时所用的样本数 k</translation>
    </message>
    <message>
        <source>Write the table as CSV: one line per run, learner, test family and measure</source>
        <translation>将表格写为 CSV：每个运行、学习器、测试任务族和指标的组合各占一行</translation>
    </message>
    <message>
        <source>Accuracy curves on test family:</source>
        <translation>准确率曲线的测试任务族：</translation>
    </message>
    <message>
        <source>Accuracy at k shots, k:</source>
        <translation>k 个样本时的准确率，k：</translation>
    </message>
    <message>
        <source>Check runs in the list to overlay them.</source>
        <translation>在列表中勾选运行以叠加显示。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) overlaid: colour = learner, line style = run.</source>
        <translation>
            <numerusform>已叠加 %n 个运行：颜色 = 学习器，线型 = 运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy curves and table rows from the final evaluation of %n classification run(s).</source>
        <translation>
            <numerusform>准确率曲线和表格各行来自 %n 个分类运行的最终评估。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regression run(s) (I1, I2): loss, and the squared error at the last position in the table.</source>
        <translation>
            <numerusform>%n 个回归运行（I1、I2）：显示损失；表格中为最后位置的平方误差。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training loss: no run checked</source>
        <translation>训练损失：未勾选任何运行</translation>
    </message>
    <message>
        <source>Training loss (smoothed)</source>
        <translation>训练损失（平滑后）</translation>
    </message>
    <message>
        <source>Accuracy: no classification run checked</source>
        <translation>准确率：未勾选任何分类运行</translation>
    </message>
    <message>
        <source>Final accuracy against shots</source>
        <translation>最终准确率随样本数的变化</translation>
    </message>
    <message>
        <source>Export Comparison CSV</source>
        <translation>导出比较 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>icl::ui::RunOverlayTableModel</name>
    <message>
        <source>accuracy [95 % CI]</source>
        <translation>准确率 [95% CI]</translation>
    </message>
    <message>
        <source>sq. error, last pos. [90 % CI]</source>
        <translation>平方误差，最后位置 [90% CI]</translation>
    </message>
    <message>
        <source>Step %1, %2 shots, %3 test tasks: accuracy %4, 95 % Wilson interval [%5, %6]</source>
        <translation>第 %1 步，%2 个样本，%3 个测试任务：准确率 %4，95% Wilson 区间 [%5, %6]</translation>
    </message>
    <message>
        <source>Step %1, position %2, %3 prompts: mean squared error %4, 90 % bootstrap interval [%5, %6]</source>
        <translation>第 %1 步，位置 %2，%3 个提示：均方误差 %4，90% bootstrap 区间 [%5, %6]</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学习器</translation>
    </message>
    <message>
        <source>Test family</source>
        <translation>测试任务族</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>icl::ui::RunResumer</name>
    <message>
        <source>Res&amp;ume Run</source>
        <translation>继续运行(&amp;U)</translation>
    </message>
    <message>
        <source>Continue the opened stopped, failed or interrupted run from its last checkpoint</source>
        <translation>从最近的检查点继续已打开的、已停止、失败或中断的运行</translation>
    </message>
    <message>
        <source>Open a run folder first.</source>
        <translation>请先打开一个运行文件夹。</translation>
    </message>
    <message>
        <source>A run is active.</source>
        <translation>有运行正在进行。</translation>
    </message>
</context>
<context>
    <name>icl::ui::StageTimeline</name>
    <message>
        <source>Stage %1, steps %2–%3: input dimensions 1–%4 active (the rest are zero), %5 points per prompt</source>
        <translation>阶段 %1，第 %2–%3 步：输入维度 1–%4 激活（其余为零），每个提示 %5 个点</translation>
    </message>
    <message>
        <source>k=%1
n=%2</source>
        <translation>k=%1
n=%2</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message numerus="yes">
        <source>%n stage</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stages</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icl::ui::SweepDialog</name>
    <message>
        <source>Start Sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <source>The seeds each setting runs with: a range 0-4, a list 0,2,5, or both</source>
        <translation>每个设置所用的种子：范围 0-4、列表 0,2,5，或两者组合</translation>
    </message>
    <message>
        <source>(none: seeds only)</source>
        <translation>（无：仅扫描种子）</translation>
    </message>
    <message>
        <source>The config key the sweep varies</source>
        <translation>扫描所改变的配置键</translation>
    </message>
    <message>
        <source>e.g. 3e-3, 1e-2</source>
        <translation>例如 3e-3, 1e-2</translation>
    </message>
    <message>
        <source>The values of the swept key, separated by commas</source>
        <translation>所扫描键的取值，以英文逗号（,）分隔</translation>
    </message>
    <message>
        <source>How many points run at the same time (each is its own process)</source>
        <translation>同时运行的扫描点数（每个扫描点是一个独立的进程）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Swept key:</source>
        <translation>扫描的键：</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>取值：</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>并行数：</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <source>Runs the experiment in the form once per seed and value, with icl-lab-cli sweep.</source>
        <translation>用 icl-lab-cli sweep 将表单中的实验对每个种子和取值各运行一次。</translation>
    </message>
    <message>
        <source>Seeds: %1.</source>
        <translation>种子：%1。</translation>
    </message>
    <message>
        <source>Values of %1: give at least two values separated by commas, none empty (&quot;%2&quot;).</source>
        <translation>%1 的取值：请给出至少两个以逗号分隔的值，且不能有空值（“%2”）。</translation>
    </message>
    <message>
        <source>Value &quot;%1&quot; of %2: %3</source>
        <translation>%2 的取值“%1”：%3</translation>
    </message>
    <message>
        <source>Output folder: choose a folder for the sweep.</source>
        <translation>输出文件夹：请为扫描选择一个文件夹。</translation>
    </message>
    <message>
        <source>Output folder %1 already holds a sweep; choose a new folder (open that sweep with File &gt; Open Sweep Folder… to see it).</source>
        <translation>输出文件夹 %1 中已有一个扫描；请选择新的文件夹（要查看该扫描，请用“文件 &gt; 打开扫描文件夹”打开它）。</translation>
    </message>
    <message>
        <source>Output folder %1 already holds files; choose a new or empty folder.</source>
        <translation>输出文件夹 %1 中已有文件；请选择新的或空的文件夹。</translation>
    </message>
    <message>
        <source>Sweep Output Folder</source>
        <translation>扫描输出文件夹</translation>
    </message>
</context>
<context>
    <name>icl::ui::SweepPointModel</name>
    <message>
        <source>(seed only)</source>
        <translation>（仅种子）</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>不可读</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
</context>
<context>
    <name>icl::ui::SweepProcess</name>
    <message>
        <source>&quot;%1&quot; is not a seed or a range of seeds (e.g. 0-4 or 0,2,5)</source>
        <translation>“%1”不是种子或种子范围（例如 0-4 或 0,2,5）</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>无法启动 %1。</translation>
    </message>
    <message>
        <source>A sweep is already running; stop it first.</source>
        <translation>已有扫描正在运行；请先停止它。</translation>
    </message>
    <message>
        <source>icl-lab-cli was not found beside %1 nor on the PATH.</source>
        <translation>在 %1 旁边和 PATH 中都找不到 icl-lab-cli。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
</context>
<context>
    <name>icl::ui::SweepTableModel</name>
    <message>
        <source>seed %1: %2</source>
        <translation>种子 %1：%2</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学习器</translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
</context>
<context>
    <name>icl::ui::SweepView</name>
    <message>
        <source>All shots</source>
        <translation>所有样本数</translation>
    </message>
    <message>
        <source>Open Sweep…</source>
        <translation>打开扫描…</translation>
    </message>
    <message>
        <source>Start Sweep…</source>
        <translation>开始扫描…</translation>
    </message>
    <message>
        <source>Stop Sweep</source>
        <translation>停止扫描</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>shots + 1 (log scale)</source>
        <translation>样本数 + 1（对数刻度）</translation>
    </message>
    <message>
        <source>The swept setting whose seeds the charts and the table show</source>
        <translation>选择扫描设置的取值：图表和表格显示该取值下各种子的结果</translation>
    </message>
    <message>
        <source>Test family of the curves against shots and of the table</source>
        <translation>随样本数变化的曲线和表格所用的测试任务族</translation>
    </message>
    <message>
        <source>Stop the sweep started here: running points end as stopped, finished points are kept</source>
        <translation>停止在此启动的扫描：运行中的扫描点以“已停止”结束，已完成的扫描点保留</translation>
    </message>
    <message>
        <source>Write the across-seed table as CSV: one line per learner, test family, measure and shots, with the per-seed values</source>
        <translation>将跨种子表格写为 CSV：每个学习器、测试任务族、指标和样本数各一行，并附每个种子的值</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>设置：</translation>
    </message>
    <message>
        <source>Test family:</source>
        <translation>测试任务族：</translation>
    </message>
    <message>
        <source>Final evaluation across seeds: mean [95 % t-interval] (seeds)</source>
        <translation>跨种子的最终评估：均值 [95% t 区间]（种子数）</translation>
    </message>
    <message>
        <source>Show every number of shots; otherwise 1, 2, 5, 10 and the largest</source>
        <translation>显示所有样本数；否则只显示 1、2、5、10 和最大样本数</translation>
    </message>
    <message>
        <source>Open Sweep Folder</source>
        <translation>打开扫描文件夹</translation>
    </message>
    <message>
        <source>Sweep: %1</source>
        <translation>扫描：%1</translation>
    </message>
    <message>
        <source>all seeds</source>
        <translation>所有种子</translation>
    </message>
    <message>
        <source>mix (all families)</source>
        <translation>mix（所有任务族）</translation>
    </message>
    <message>
        <source>Training loss: no rows yet</source>
        <translation>训练损失：尚无数据</translation>
    </message>
    <message>
        <source>Training loss, %1: mean and 95 % band over seeds</source>
        <translation>训练损失，%1：各种子的均值和 95% 阴影带</translation>
    </message>
    <message>
        <source>shots</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>in-context examples</source>
        <translation>上下文示例</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>squared error / D</source>
        <translation>平方误差 / D</translation>
    </message>
    <message>
        <source>Final evaluation: no completed point yet</source>
        <translation>最终评估：尚无已完成的扫描点</translation>
    </message>
    <message>
        <source>Final accuracy on %1 against shots</source>
        <translation>%1 上的最终准确率随样本数的变化</translation>
    </message>
    <message>
        <source>Squared error against position on %1</source>
        <translation>%1 上的平方误差随位置的变化</translation>
    </message>
    <message>
        <source>%1, %2: mean over seeds, band = 95 % t-interval, faint = each seed</source>
        <translation>%1，%2：各种子的均值，阴影带 = 95% t 区间，浅色线 = 各个种子</translation>
    </message>
    <message>
        <source>No sweep shown: open a sweep folder (File &gt; Open Sweep Folder…) or start one (Sweep &gt; Start Sweep…).</source>
        <translation>未显示任何扫描：请打开一个扫描文件夹（文件 &gt; 打开扫描文件夹…）或开始一个扫描（扫描 &gt; 开始扫描…）。</translation>
    </message>
    <message>
        <source>The sweep folder cannot be read: %1</source>
        <translation>无法读取扫描文件夹：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s): </source>
        <translation>
            <numerusform>%n 个扫描点：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed, %2 failed, %3 running.</source>
        <translation>%1 个已完成，%2 个失败，%3 个运行中。</translation>
    </message>
    <message>
        <source>icl-lab-cli sweep is running.</source>
        <translation>icl-lab-cli sweep 正在运行。</translation>
    </message>
    <message>
        <source>Export Sweep CSV</source>
        <translation>导出扫描 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Start Sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <source>icl-lab-cli sweep finished.</source>
        <translation>icl-lab-cli sweep 已结束。</translation>
    </message>
    <message>
        <source>Stopped: finished points are kept, running ones are marked stopped; the same command continues the sweep.</source>
        <translation>已停止：已完成的扫描点保留，运行中的标记为已停止；再次执行同一命令即可继续该扫描。</translation>
    </message>
    <message>
        <source>icl-lab-cli sweep ended with exit code %1.</source>
        <translation>icl-lab-cli sweep 以退出码 %1 结束。</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>icl-lab-cli sweep ended with exit code %1:
%2</source>
        <translation>icl-lab-cli sweep 以退出码 %1 结束：
%2</translation>
    </message>
</context>
<context>
    <name>icl::ui::TrainingWorker</name>
    <message>
        <source>unknown error in the training thread</source>
        <translation>训练线程中发生未知错误</translation>
    </message>
</context>
<context>
    <name>icl::ui::ViewHelp</name>
    <message>
        <source>Training: loss and accuracy against shots</source>
        <translation>训练：损失与准确率随样本数的变化</translation>
    </message>
    <message>
        <source>Training: regression error curves (I1, I2)</source>
        <translation>训练：回归误差曲线（I1、I2）</translation>
    </message>
    <message>
        <source>Curriculum timeline</source>
        <translation>课程时间线</translation>
    </message>
    <message>
        <source>Generalisation</source>
        <translation>泛化</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>探针</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>试验场</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top: training loss.&lt;/b&gt; One curve per learner: its cross-entropy on the training tasks of each step. The faint line is the raw loss, the solid line the same loss smoothed (the &lt;i&gt;Smoothing&lt;/i&gt; slider). &lt;i&gt;x&lt;/i&gt; is the optimiser step or the wall time in seconds since the start; &lt;i&gt;Log scale&lt;/i&gt; makes the loss axis logarithmic. A falling loss means the learner fits its training tasks, not yet that it does well on new ones.</source>
        <translation>&lt;b&gt;上方：训练损失。&lt;/b&gt;每个学习器一条曲线：它在每一步的训练任务上的交叉熵。浅色线是原始损失，实线是同一损失经平滑后的结果（&lt;i&gt;平滑&lt;/i&gt;滑块）。&lt;i&gt;x&lt;/i&gt; 为优化器步数，或自开始以来的墙钟时间（秒）；&lt;i&gt;对数刻度&lt;/i&gt;使损失轴变为对数刻度。损失下降说明学习器拟合了它的训练任务，但还不能说明它在新任务上表现良好。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bottom: test accuracy against shots.&lt;/b&gt; A &lt;i&gt;shot&lt;/i&gt; is one example of the task, a point with its class, shown before the question: at 5 shots a learner has seen 5 labelled points of a new task and classifies the 6th. Each curve point is the share of the fixed test tasks of the chosen family answered right at the latest evaluation; chance is 0.5. The band is the 95 % Wilson interval of that share over the test tasks. The table gives every learner on every test family at the chosen number of shots; the best of each column is bold and marked ★.</source>
        <translation>&lt;b&gt;下方：测试准确率随样本数的变化。&lt;/b&gt;一个&lt;i&gt;样本&lt;/i&gt;（shot）是任务的一个示例，即一个带类别的点，在提问之前给出：在 5 个样本时，学习器已看到新任务的 5 个带标签的点，并对第 6 个点进行分类。曲线上的每个点是在最近一次评估中，所选任务族的固定测试任务里回答正确的比例；随机水平为 0.5。阴影带是该比例在各测试任务上的 95% Wilson 区间。表格给出每个学习器在每个测试任务族上、在所选样本数下的准确率；每列最佳者以粗体显示并标记 ★。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why some curves start far from 0.5 at 0 shots.&lt;/b&gt; With no example a learner can only give a fixed answer: MatchNet and ProtoNet say class 0 (a tie goes to the first class), ICL answers from the query point alone. On proto and ave every test task begins with two &lt;i&gt;anchors&lt;/i&gt;, one point of each class, and their order is drawn once for the whole test set (one coin, as in the paper&apos;s code). So at 0 shots all test tasks have the same answer and a fixed guess scores near 1 or near 0, by the seed&apos;s coin, not by learning. At 1 shot the second anchor always has the other class: ICL trained on such tasks learns that and is almost always right. sim has no anchors and stays near 0.5 at 0 shots.</source>
        <translation>&lt;b&gt;为什么有些曲线在 0 个样本时远离 0.5。&lt;/b&gt;没有任何示例时，学习器只能给出固定答案：MatchNet 和 ProtoNet 回答类别 0（平局时归为第一个类别），ICL 仅根据查询点本身作答。在 proto 和 ave 上，每个测试任务都以两个&lt;i&gt;锚点&lt;/i&gt;开始，每个类别一个点，它们的顺序对整个测试集只抽取一次（一次抛硬币，与论文代码相同）。因此在 0 个样本时，所有测试任务的答案都相同，固定的猜测得分接近 1 或接近 0，这取决于种子决定的抛硬币结果，而不是学习。在 1 个样本时，第二个锚点总是另一个类别：在这类任务上训练过的 ICL 会学到这一点，几乎总是答对。sim 没有锚点，在 0 个样本时保持在 0.5 附近。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The task.&lt;/b&gt; Each prompt is a new linear function y = w·x of D inputs; the model sees i example pairs (x, y) and predicts y at the next x. &lt;b&gt;Top:&lt;/b&gt; the training loss of each GPT arm; the curriculum&apos;s stages are shaded.</source>
        <translation>&lt;b&gt;任务。&lt;/b&gt;每个提示都是一个新的线性函数 y = w·x，有 D 个输入；模型看到 i 个示例对 (x, y)，并预测下一个 x 处的 y。&lt;b&gt;上方：&lt;/b&gt;每个 GPT 分支的训练损失；课程的各阶段以阴影标出。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error curves:&lt;/b&gt; squared error divided by D against the number of in-context examples i, at two snapshots side by side (an early one and the latest). 1.0 is what always predicting 0 scores, 0 is perfect. &lt;i&gt;gpt_curriculum&lt;/i&gt; trains with the curriculum (few active input dimensions first, all of them later), &lt;i&gt;gpt_plain&lt;/i&gt; on the full task from step 1, both from the same initial weights on the same prompts. Claim I1: the curriculum arm reaches a low error sooner.</source>
        <translation>&lt;b&gt;误差曲线：&lt;/b&gt;平方误差除以 D，随上下文示例数 i 的变化，两个快照并排显示（一个较早的快照和最近的快照）。1.0 是始终预测 0 的得分，0 表示完美。&lt;i&gt;gpt_curriculum&lt;/i&gt; 按课程训练（先只激活少数输入维度，之后激活全部维度），&lt;i&gt;gpt_plain&lt;/i&gt; 从第 1 步起就在完整任务上训练，二者从相同的初始权重出发，使用相同的提示。论断 I1：课程分支更快达到低误差。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baselines&lt;/b&gt; are fixed algorithms, not trained: least squares (the best possible once i reaches D), 3-nearest neighbours, averaging (w estimated as the mean of x·y) and zero. Bands: 90 % bootstrap intervals over the test prompts. The &lt;b&gt;Agreement with baselines&lt;/b&gt; tab shows (GPT − baseline)² / D: low means the model predicts like that algorithm. In a meta-meta (I2) run the &lt;i&gt;Test set&lt;/i&gt; choice shows one set per support size; the &lt;i&gt;_adapt&lt;/i&gt; models are fine-tuned on the new domain&apos;s support prompts first.</source>
        <translation>&lt;b&gt;基线&lt;/b&gt;是固定的算法，无需训练：最小二乘（i 达到 D 后为最优）、3-近邻、平均（将 w 估计为 x·y 的均值）和零。阴影带：基于各测试提示的 90% bootstrap 区间。&lt;b&gt;与基线的一致程度&lt;/b&gt;标签页显示 (GPT − 基线)² / D：值越低，说明模型的预测越像该算法。在元元学习（I2）运行中，&lt;i&gt;测试集&lt;/i&gt;选项为每种支持集大小显示一个测试集；&lt;i&gt;_adapt&lt;/i&gt; 模型会先在新领域的支持提示上微调。</translation>
    </message>
    <message>
        <source>The bar is the training run split into &lt;b&gt;stages&lt;/b&gt;. In a stage only the first &lt;b&gt;k&lt;/b&gt; input dimensions are non-zero and each prompt has &lt;b&gt;n&lt;/b&gt; points (the &lt;i&gt;k=…, n=…&lt;/i&gt; labels; hover a stage for its steps). Each boundary adds dimensions or points until the full task; the arm without curriculum trains on the full task throughout. The marker is the current step.</source>
        <translation>进度条表示划分为若干&lt;b&gt;阶段&lt;/b&gt;的训练运行。在一个阶段中，只有前 &lt;b&gt;k&lt;/b&gt; 个输入维度非零，每个提示有 &lt;b&gt;n&lt;/b&gt; 个点（即 &lt;i&gt;k=…, n=…&lt;/i&gt; 标签；将鼠标悬停在某个阶段上可查看其步数）。每个边界都会增加维度或点数，直到完整任务；没有课程的分支始终在完整任务上训练。标记表示当前步。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshots&lt;/b&gt; are the evaluations taken at stage boundaries and checkpoints; &lt;b&gt;Open snapshot&lt;/b&gt; shows the chosen one in the left error chart.</source>
        <translation>&lt;b&gt;快照&lt;/b&gt;是在阶段边界和检查点处进行的评估；&lt;b&gt;打开快照&lt;/b&gt;会在左侧误差图中显示所选快照。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pause at next stage&lt;/b&gt; stops right after the next boundary, once its snapshot is taken, so you can look at the model between stages; &lt;b&gt;Run to next stage&lt;/b&gt; resumes and stops at the following boundary; &lt;b&gt;Run on&lt;/b&gt; trains through all of them.</source>
        <translation>&lt;b&gt;在下一阶段暂停&lt;/b&gt;会在下一个边界之后、其快照生成后立即停止，以便你在阶段之间查看模型；&lt;b&gt;运行到下一阶段&lt;/b&gt;会继续运行，并在随后的边界处停止；&lt;b&gt;继续运行&lt;/b&gt;会越过所有边界一直训练。</translation>
    </message>
    <message>
        <source>How the trained learners cope with test tasks unlike their training tasks (claims P3 and P4). It shows an evaluation of the run folder (Run &gt; Evaluate Generalisation…); &lt;i&gt;Checkpoint&lt;/i&gt; picks the final or the best weights.</source>
        <translation>训练后的学习器如何应对与其训练任务不同的测试任务（论断 P3 和 P4）。此视图显示对运行文件夹的一次评估（运行 &gt; 评估泛化能力…）；&lt;i&gt;检查点&lt;/i&gt;用于选择最终权重或最佳权重。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left: accuracy against the shift.&lt;/b&gt; &lt;i&gt;Input scale σ&lt;/i&gt;: the test inputs spread σ times as wide (σ = 1 as in training); &lt;i&gt;input mean offset&lt;/i&gt;: every input moved by the offset. One curve per learner, averaged over all numbers of shots or at one. Solid: trained learners. Dotted: the &lt;i&gt;selection&lt;/i&gt; baseline (per query, the one of MatchNet, ProtoNet and CNP that best predicts the examples seen so far) and the &lt;i&gt;oracle&lt;/i&gt; (per task, the best of the three in hindsight). Dashed: plug-in rules (nearest class mean, cosine vote, mean offset), fixed algorithms with nothing learned.</source>
        <translation>&lt;b&gt;左侧：准确率随偏移的变化。&lt;/b&gt;&lt;i&gt;输入尺度 σ&lt;/i&gt;：测试输入的分布宽度为训练时的 σ 倍（σ = 1 与训练相同）；&lt;i&gt;输入均值偏移&lt;/i&gt;：每个输入都平移该偏移量。每个学习器一条曲线，在所有样本数上取平均，或取某一个样本数。实线：训练后的学习器。点线：&lt;i&gt;选择&lt;/i&gt;基线（对每个查询，从 MatchNet、ProtoNet 和 CNP 中选出对目前已见示例预测最好的那个）和 &lt;i&gt;oracle&lt;/i&gt;（对每个任务，事后看三者中最好的那个）。虚线：插入式规则（最近类均值、余弦投票、均值偏移），即没有学习任何东西的固定算法。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right: the radial task.&lt;/b&gt; The class says whether a point lies inside a circle, a rule no training family uses (P4: does ICL find a new algorithm?). Bands: 95 % Wilson intervals over the test tasks; for the mean over shots the mean of the per-shot bounds.</source>
        <translation>&lt;b&gt;右侧：径向任务。&lt;/b&gt;类别表示一个点是否位于圆内，这是任何训练任务族都没有用到的规则（P4：ICL 能否找到新的算法？）。阴影带：基于各测试任务的 95% Wilson 区间；对于各样本数的平均值，取各样本数区间上下界的平均。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which algorithm does the ICL model behave like?&lt;/b&gt; Each row is a reference: a trained learner (MatchNet, ProtoNet, CNP) or a plug-in rule (nearest class mean, cosine vote, mean offset). Each column is a number of shots.</source>
        <translation>&lt;b&gt;ICL 模型的行为像哪种算法？&lt;/b&gt;每一行是一个参照：一个训练后的学习器（MatchNet、ProtoNet、CNP）或一个插入式规则（最近类均值、余弦投票、均值偏移）。每一列是一个样本数。</translation>
    </message>
    <message>
        <source>A cell reads &lt;i&gt;agreement (chance)&lt;/i&gt;: agreement is the share of test queries on which ICL and the reference predict the same class; chance is what two independent predictors with the same accuracies would reach. Only agreement well above chance says ICL follows that algorithm; two accurate learners agree often anyway.</source>
        <translation>单元格的格式为&lt;i&gt;一致率（随机水平）&lt;/i&gt;：一致率是 ICL 与参照预测相同类别的测试查询所占的比例；随机水平是准确率与二者相同的两个独立预测器所能达到的一致率。只有明显高于随机水平的一致率才说明 ICL 遵循该算法；两个准确的学习器本来就经常一致。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Colour&lt;/i&gt;: the agreement, or the agreement minus chance (blue above, orange below). Click a column for a sentence on it. &lt;i&gt;Test set&lt;/i&gt;, &lt;i&gt;Family&lt;/i&gt; and σ or offset choose the shifted test set the probe ran on.</source>
        <translation>&lt;i&gt;颜色&lt;/i&gt;：一致率，或一致率减去随机水平（高于为蓝色，低于为橙色）。点击某一列可查看关于该列的一句说明。&lt;i&gt;测试集&lt;/i&gt;、&lt;i&gt;任务族&lt;/i&gt;以及 σ 或偏移量用于选择探针所运行的偏移测试集。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision regions in the plane.&lt;/b&gt; One panel per learner of a d = 2, C = 2 run, and a plug-in rule: the colour at each point is the probability the learner gives class 0 (blue) against class 1 (orange) for a query there, given the support points you placed; the black line is 0.5, the decision boundary.</source>
        <translation>&lt;b&gt;平面中的决策区域。&lt;/b&gt;d = 2、C = 2 运行的每个学习器各一个面板，外加一个插入式规则面板：每个点的颜色是在给定你放置的支持点时，学习器对该处的查询给出类别 0（蓝色）相对于类别 1（橙色）的概率；黑线为 0.5，即决策边界。</translation>
    </message>
    <message>
        <source>Left-click adds a point of the chosen class, drag moves it, right-click removes it. &lt;b&gt;Use first k&lt;/b&gt; shows what every learner sees after k examples. &lt;b&gt;Sample&lt;/b&gt; fills the support from a test task of a family; the presets are fixed supports like the paper&apos;s figures.</source>
        <translation>左键单击添加一个所选类别的点，拖动可移动它，右键单击可删除它。&lt;b&gt;仅用前 k 个&lt;/b&gt;显示每个学习器在看到 k 个示例后的结果。&lt;b&gt;采样&lt;/b&gt;用某个任务族的一个测试任务填充支持集；预设是与论文图中类似的固定支持集。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;plug-in rule&lt;/b&gt; panel (choose its family) is the algorithm that is optimal for that family. The closer a learner&apos;s regions look like it, the more the learner behaves like that algorithm on this support.</source>
        <translation>&lt;b&gt;插入式规则&lt;/b&gt;面板（可选择其任务族）是对该任务族最优的算法。学习器的区域看起来越像它，说明该学习器在此支持集上的行为越像该算法。</translation>
    </message>
    <message>
        <source>Compare runs that differ in one setting only (the seed, a mixture weight, the depth). A difference smaller than the bands (95 % Wilson intervals) may be noise: runs with other seeds tell.</source>
        <translation>比较只在一个设置上不同的运行（种子、某个混合权重、深度）。小于阴影带（95% Wilson 区间）的差异可能只是噪声：用其他种子的运行可以判断。</translation>
    </message>
    <message>
        <source>What am I looking at? – %1</source>
        <translation>我在看什么？– %1</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>我在看什么？</translation>
    </message>
    <message>
        <source>What am I looking at? Explains the current view (F1)</source>
        <translation>我在看什么？解释当前视图（F1）</translation>
    </message>
    <message>
        <source>Explain the view that has the focus, else the current tab</source>
        <translation>解释拥有焦点的视图；若没有，则解释当前标签页</translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>我在看什么？(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>anywhere in the window</source>
        <translation>窗口中任意位置</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;p&gt;This view has no help text yet. Help &gt; What am I looking at? lists the views that have one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此视图尚无帮助文本。“帮助 &gt; 我在看什么？”列出了有帮助文本的视图。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Several runs side by side.&lt;/b&gt; The list holds the run folders of the runs folder, each with your note (what you changed, what you expect; double-click the Note cell to edit it, it is kept in the run folder). Tick the runs to compare.</source>
        <translation>&lt;b&gt;多个运行并排比较。&lt;/b&gt;列表列出运行目录中的各个运行文件夹，每个都附有你的备注（你改了什么、你期望什么；双击“备注”单元格即可编辑，备注保存在运行文件夹中）。勾选要比较的运行。</translation>
    </message>
    <message>
        <source>The charts overlay their training loss and their test accuracy against shots: the colour is the learner, the line style the run. The table gives each run&apos;s final accuracy per learner and test family.</source>
        <translation>图表叠加显示它们的训练损失以及测试准确率随样本数的变化：颜色表示学习器，线型表示运行。表格给出每个运行在每个学习器和测试任务族上的最终准确率。</translation>
    </message>
    <message>
        <source>Sweep: results across seeds</source>
        <translation>扫描：跨种子的结果</translation>
    </message>
    <message>
        <source>&lt;b&gt;One experiment, several seeds.&lt;/b&gt; A sweep runs the same experiment once per seed, or once per seed and value of one setting (a learning rate, a depth); each point is an ordinary run folder, listed bottom left with its status. &lt;i&gt;Setting&lt;/i&gt; chooses the value whose seeds the charts and the table show.</source>
        <translation>&lt;b&gt;同一个实验，多个种子。&lt;/b&gt;扫描把同一个实验对每个种子各运行一次，或对每个种子与某一设置（学习率、深度等）的每个取值各运行一次；每个扫描点都是一个普通的运行文件夹，列在左下方并显示其状态。&lt;i&gt;设置&lt;/i&gt;选择图表和表格显示哪个取值下的各种子。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Charts:&lt;/b&gt; the training loss (left) and the final accuracy against shots (right; squared error for regression). The thick line is the mean over seeds, the band the 95 % Student-t interval across seeds: how much the result moves from seed to seed. With few seeds it is wide: with 3 seeds its half-width is t(0.975, 2) = 4.30 standard errors. The faint lines are the seeds one by one.</source>
        <translation>&lt;b&gt;图表：&lt;/b&gt;训练损失（左）和最终准确率随样本数的变化（右；回归任务为平方误差）。粗线是各种子的均值，阴影带是跨种子的 95% Student-t 区间：它表示结果随种子变化的幅度。种子少时区间很宽：3 个种子时，其半宽为 t(0.975, 2) = 4.30 个标准误。浅色线是各个种子各自的曲线。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Table:&lt;/b&gt; each cell reads &lt;i&gt;mean [low, high] (n)&lt;/i&gt;, the mean over seeds, its 95 % t-interval and n, the number of seeds whose run completed (a failed or running point is left out). Hover a cell for the value of each seed.</source>
        <translation>&lt;b&gt;表格：&lt;/b&gt;每个单元格的格式为 &lt;i&gt;均值 [下限, 上限] (n)&lt;/i&gt;：各种子的均值、其 95% t 区间，以及 n，即运行已完成的种子数（失败或仍在运行的扫描点不计入）。将鼠标悬停在单元格上可查看每个种子的值。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why several seeds?&lt;/b&gt; One seed is an anecdote. In p1-sim, MatchNet on sim stalls near 0.73 in 2 of 5 seeds while the others reach about 0.91: one run shows either story. A faint line far from the rest is such a seed. &lt;tt&gt;icl-lab-cli report SWEEP_DIR&lt;/tt&gt; prints the same numbers, with a &lt;i&gt;stalled&lt;/i&gt; column naming the seeds that got stuck.</source>
        <translation>&lt;b&gt;为什么要用多个种子？&lt;/b&gt;单个种子的结果只是个例。在 p1-sim 中，MatchNet 在 sim 上的 5 个种子里有 2 个停滞在 0.73 附近，其余的则达到约 0.91：单次运行可能讲出其中任何一种结果。远离其他曲线的浅色线就是这样的种子。&lt;tt&gt;icl-lab-cli report SWEEP_DIR&lt;/tt&gt; 会输出相同的数值，并在 &lt;i&gt;stalled&lt;/i&gt;（停滞）列中列出停滞的种子。</translation>
    </message>
</context>
</TS>
