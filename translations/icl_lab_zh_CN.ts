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
    <name>icl::ui::GuardedApplication</name>
    <message>
        <source>an unknown error</source>
        <translation>未知错误</translation>
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
