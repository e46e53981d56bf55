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
    <name>icl::ui::ComparisonPanel</name>
    <message>
        <source>mix (all families)</source>
        <translation>mix（所有任务族）</translation>
    </message>
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
</context>
<context>
    <name>icl::ui::DecisionRegionView</name>
    <message>
        <source>Export this panel…</source>
        <translation>导出此面板…</translation>
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
        <source>One training task per family: its examples, coloured by label</source>
        <translation>每个任务族一个训练任务：其示例按标签着色</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无预览：%1</translation>
    </message>
    <message>
        <source>%1 examples per task</source>
        <translation>每个任务 %1 个示例</translation>
    </message>
    <message>
        <source>d = %1: showing x0 and x1</source>
        <translation>d = %1：显示 x0 和 x1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
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
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>Where LibTorch trains: auto picks CUDA when it sees a GPU</source>
        <translation>LibTorch 的训练设备：自动模式在检测到 GPU 时选择 CUDA</translation>
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
        <source>Preset</source>
        <translation>预设</translation>
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
        <source>Discard the unsaved changes to this experiment?</source>
        <translation>放弃对此实验未保存的更改？</translation>
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
    <message>
        <source>%1 stages</source>
        <translation>%1 个阶段</translation>
    </message>
</context>
<context>
    <name>icl::ui::TrainingWorker</name>
    <message>
        <source>unknown error in the training thread</source>
        <translation>训练线程中发生未知错误</translation>
    </message>
</context>
</TS>
