<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the chart as PNG for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceDisplay</name>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where LibTorch trains: auto picks CUDA when it sees a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver sees %1, but this LibTorch was built without CUDA (Debian 12&apos;s libtorch is CPU-only), so it trains on the CPU. See the README section Training on an NVIDIA GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver sees %1, but LibTorch sees no CUDA device (check CUDA_VISIBLE_DEVICES and that the driver suits this LibTorch&apos;s CUDA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerStyle</name>
    <message>
        <source>GPT, curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPT, no curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-ICL, adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-ICL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICL, adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection (leave-one-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest class mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean offset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the panels as %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export to %1: no panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICL Lab playground</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::AxisRangesDialog</name>
    <message>
        <source>Fixed Axis Ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x maximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y maximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranges stay until Reset zoom (or a double-click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The x minimum must be below the x maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The y minimum must be below the y maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The x axis is logarithmic over shots + 1: its minimum must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The y axis is logarithmic: its minimum must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::ChartView</name>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
x = %2, y = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the automatic ranges (or double-click the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed axis ranges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % t-interval across seeds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::ComparisonPanel</name>
    <message>
        <source>Test accuracy against number of shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shots (examples before the query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test family: the fixed, seeded test tasks the curves are measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of shots at which the table compares the learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy at the chosen number of shots; the best learner of each test family is bold and marked ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy at shots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evaluation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI [%1, %2] over %3 test tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix (training mixture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shots + 1 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % Wilson interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test family: %1 · evaluation at step %2 · 0 to %3 shots · bands: 95 % Wilson interval over %4 test tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::CurriculumPanel</name>
    <message>
        <source>Pause at next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curriculum&apos;s stages; hover a stage to see what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause right after the next stage boundary, once its evaluation snapshot is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume and pause again at the next stage boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume and keep training through the stage boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations taken at stage boundaries and checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the error against examples at this snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This experiment has no curriculum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at the stage boundary after step %1; its snapshot is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will pause when stage %1 ends (after step %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage boundary is left; the run trains to its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::DecisionRegionView</name>
    <message>
        <source>Export this panel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::DurationText</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icl::ui::EpisodePreview</name>
    <message>
        <source>Resample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new task of each family from the same generators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training task of each family trained on: its N examples, coloured by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N = %1 examples per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; d = %2: showing x0 and x1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::EvaluateDialog</name>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate Generalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run folder has no %1 checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: generalisation.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are named generalisation-TAG.csv, probe-TAG.csv and generalisation-TAG.json; an evaluation never replaces existing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the run&apos;s config says (e.g. 1, 2, 3, 4, 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input scales of the shift test sets (generalisation.sigmas), each &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the run&apos;s config says (e.g. 0, 1, 2, 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean offsets of the offset test sets (generalisation.offsets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. generalisation.tasks_per_family=256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further settings, key=value separated by &apos;;&apos;, as `icl-lab-cli evaluate --set` takes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offsets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates the run&apos;s checkpoints again on new, seeded test sets: shifted input scale (sigma), shifted input mean (offset), the radial task, and the algorithm probe. New files are added to the run folder; nothing in it is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run folder has an untagged evaluation already: give a tag, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run folder has an evaluation tagged &apos;%1&apos; already: choose another tag, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write key=value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::EvaluationWorker</name>
    <message>
        <source>unknown error in the evaluation thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::ExperimentPanel</name>
    <message>
        <source>Adam learning rate of %1 (constant, as in the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixture of families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training tasks: a single family (the paper&apos;s P1) or a weighted mixture (P2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair-wise metric tasks: labels from the nearest of nc random prototypes per class; MatchNet&apos;s structure is optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-prototype tasks: Gaussian classes around random centres; ProtoNet&apos;s structure is optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amortization tasks: a random linear rule through the examples&apos; mean; the CNP&apos;s structure is optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial tasks (inside or outside a circle): no learner&apos;s structure is optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Weight of this family in mixture batches; the proportion is the weight divided by the sum of weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input dimension d of every task (the paper uses 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes C per task; tokens carry 2C label slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples per training sequence N; query i sees examples 0..i-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input noise scale sigma; the paper trains at 1 and tests shift at 1..5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sim family: prototypes per class in training tasks (nc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sim family: prototypes per class in test tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ave: anchor demonstrations in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two anchor examples first in each ave training task (mixture training, design.md §2.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ave: anchors in test tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor demonstrations in ave test tasks (test.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proto: anchors in test tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One example per class first in proto test tasks (test.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nc (train)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nc (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICL transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper&apos;s linear-attention transformer that learns in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer layers (the paper uses 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed-forward width as a multiple of the token width d + 2C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MatchNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair-wise metric meta-learner (design.md §3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity of query and example embeddings: dot product in single-family training, cosine in the mixture (design.md §7.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProtoNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-prototype meta-learner (design.md §3.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed the query like the prototypes; upstream compares the raw query (design.md §7.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional Neural Process, amortization-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder and decoder width; 0 means d + 2C as in the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FF mult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser steps; every step draws a fresh batch of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks per batch, shared by all learners so comparisons are paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps between evaluations on the fixed test tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed, seeded test tasks per family; more narrows the 95% confidence intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of test sequences; longer than training shows extrapolation to more shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of every random draw; the same seed and config give the same numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch and OpenBLAS threads; auto uses the measured default (tiny models run fastest on one thread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tasks per family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test length N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few-shot classification (P1, P2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear regression with a curriculum (I1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-meta-learning over domains (I2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which experiment of the paper to run: the proving part (classification with ICL, MatchNet, ProtoNet and CNP) or one of the meta-level techniques on linear regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPT-2-style model size: tiny 64/3/2, small 128/6/4, standard 256/12/8 (width, layers, heads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input dimension D of the regression tasks (paper 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most points per prompt; the model has twice as many positions (x and y tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam learning rate, constant (paper 1e-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts per training step (paper 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training steps of each arm (paper 500,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curriculum arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model trained with the curriculum below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-curriculum arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model trained at the final dimensions and points throughout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active dimensions (curriculum over task difficulty): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed, seeded test prompts (paper 1280)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps at which both arms are evaluated and saved, comma-separated (paper 200k, 500k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum (start, end, increment, interval):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear regression (I1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input dimension D (paper 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per prompt (paper 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support prompts of a domain per meta-step (paper 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query prompts of a domain per meta-step (paper 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner SGD steps on the support batch (paper 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner SGD learning rate (paper 0.01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second-order MAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiate through the inner steps (paper: yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer Adam learning rate (paper 1e-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-steps, one domain each (paper 100,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output scale of training domains: t = scale x N(0, 1) (paper 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support prompts per new test domain, comma-separated (paper 64, 256, 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune steps of the meta-trained model on a new domain (paper 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test support sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-meta-learning (I2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the ICL transformer is computed: fused (hand-written, fast on the CPU), torch (LibTorch operators, used on CUDA) or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: enter a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix (the training mixture&apos;s proportions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tasks drawn from the families in the proportions of the training mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tasks of the %1 family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families of the fixed test tasks: each gets an accuracy curve and a column of the table; at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active dimensions of the curriculum: start, end, increment, interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per prompt of the curriculum: start, end, increment, interval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::GeneralisationPanel</name>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input scale σ (shift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input mean offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radial task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial task (unseen algorithm): accuracy against shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shots (examples before the query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluations of this run folder, by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint evaluated: final, or best (highest mean test accuracy during training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the test sets shift: the input scale σ (training: σ = 1) or the mean of the inputs (training: 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test family of the shifted test sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy averaged over every number of shots, or at one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate this run again on new test sets (Run &gt; Evaluate Generalisation…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m test sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: 95&#xa0;% Wilson intervals over the test tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean over shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at 1 shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input scale σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input scale σ of the test tasks (training: the run&apos;s σ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean offset of the test inputs (training: 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy against the input shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy against %1 on %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy, mean over shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: mean of the per-shot 95&#xa0;% Wilson bounds, never narrower than a 95&#xa0;% interval of the mean over shots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial task: not in this evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % Wilson interval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::GeneralisationViews</name>
    <message>
        <source>&amp;Evaluate Generalisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the shown classification run again on shifted and radial test sets, with the algorithm probe; adds files to its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating this run… The views fill in when the evaluation has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a classification run folder (File &gt; Open Run Folder) or train one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalisation evaluations are for classification runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is training: evaluate when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run shown. Open a classification run folder (File &gt; Open Run Folder) or train one, then Evaluate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalisation and probe evaluations are for classification runs; this run is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluation yet: Evaluate… (Run &gt; Evaluate Generalisation…) tests this run on test sets with shifted inputs and on the radial task, and probes which algorithm the ICL model follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation &apos;%1&apos; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate Generalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating: %1 (%2 of %3 test sets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation &apos;%1&apos; saved in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not evaluate %1: %2
Nothing was written to the run folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::GuardedApplication</name>
    <message>
        <source>an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::LearnerLegend</name>
    <message>
        <source>Show or hide this learner&apos;s curves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::LossChartPanel</name>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot the loss against optimiser steps or seconds since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential moving average of the loss, debiased as in TensorBoard; the raw curve stays faintly visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss against %1 · smoothing %2 (debiased EMA; the raw curve faint)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · shading: curriculum stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::MainWindow</name>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the experiment to the default mixture config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an experiment config (the JSON file the CLI takes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Config &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Run Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the charts of a finished run, also one made by the CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every chart (PNG, SVG) and CSV of the run to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train every enabled learner on the experiment (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after the current step (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the run after the current step; its folder stays complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / Pause / Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss Chart (PNG or SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy Chart (PNG or SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss Data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation Data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison Table (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ICL Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ICL Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ICL Lab %1&lt;/b&gt; (%2)&lt;/p&gt;&lt;p&gt;A laboratory for in-context learning as meta-learning, after “Why In-Context Learning Models are Good Few-Shot Learners?” (ICLR 2025).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the config %1. The current experiment is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Run Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the current run before opening another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable ICL Lab run folder. The current experiment is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the runs folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 / %2 · ETA %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 after %2 steps (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1 · threads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training thread stopped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Into Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty. Files with the same names will be replaced. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 – ICL Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time ICL Lab starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming from step %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action failed and was abandoned: %1
The window and any run in progress go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted (killed or crashed; File &gt; Resume Run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per screen pixel: 2 × suits slides and print (about 192 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run shown: Start trains the experiment in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the running run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment in the form has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: save the changes first, discard them, or cancel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Experiment Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the experiment form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Curriculum Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the curriculum of the regression (I1) experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sweep Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no sweep.json: it is not a sweep folder. Open a run folder with File &gt; Open Run Folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open S&amp;weep Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a sweep folder (sweep.json) across seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Sweep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Sweep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::PlaygroundView</name>
    <message>
        <source>ICL transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MatchNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProtoNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug-in rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: cosine vote (sim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: nearest class mean (proto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: mean offset (ave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How to use&lt;/b&gt;: left-click adds a point of the chosen class; drag a point to move it; right-click it (or select it and press Delete) to remove it. The numbers are the order of the support.&lt;br&gt;The ICL transformer has no positional encoding and its attention is not causal, so when it sees the whole support its prediction does not depend on the order. The order matters through &lt;i&gt;Use first k&lt;/i&gt;: every learner then sees only points 1..k (the others are drawn hollow), as the model does at shot k of a sequence.&lt;br&gt;Colour: probability of class 0 (blue) against class 1 (orange); black line: 0.5. The plug-in rule is a hard decision (its black line); its colours are the softmax of its scores, for display only.&lt;br&gt;While a point is dragged the panels are computed on a %1 × %1 grid, then on %2 × %2 when it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the mouse over a panel to read each learner&apos;s P(class 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run chosen: use the window&apos;s run or open a run folder of a d = 2, C = 2 classification run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the window&apos;s run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window shows no run yet: start one, open one, or open a run folder here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open run folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final: the end of training; best: the best evaluation; latest state: the weights of the last evaluation (a running or paused run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use first k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every learner sees only the first k support points (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample a task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed supports like the paper&apos;s decision-boundary plots: one seeded test task per family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playground is off for this run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 grid, all panels %3 ms%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (preview while dragging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1, %2)  P(class 0): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::PresetsMenu</name>
    <message>
        <source>~%1 on 2 CPU cores (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~%1 on 2 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper scale (GPU, hours to days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last run here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run here: %1 (the newest completed run of this preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::ProbePanel</name>
    <message>
        <source>σ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement above chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the colour of a cell shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every number of shots (scroll), not only 0, 1, 2, 3, 5, 10, 20, 30 and the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test sets the probe ran on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input scale σ or mean offset of the test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column to describe it below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How often the ICL model predicts the same class as each reference&lt;/b&gt;, against the number of shots (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evaluation ran without the probe (generalisation.probe = false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 at %2 ICL agrees most with %3: %4 (chance %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: agreement over (chance). Agreement is the fraction of test queries on which both predict the same class; chance is what two independent predictors with the same accuracies would reach. Colour: agreement, white at 0.5 to dark blue at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: agreement over (chance). Colour: agreement minus chance, blue above chance (full at +0.25), orange below (full at −0.25), white at chance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::ProbeTableModel</name>
    <message>
        <source>ICL and %1 at %2 shots: same class on %3 of the queries; %4 expected by chance from the two accuracies alone (%5 test tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shots: click to describe this column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::RegressionAgreementChart</name>
    <message>
        <source>least squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>averaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the curriculum arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arm without curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation snapshot (training step) the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of in-context examples the sentence below speaks of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akyürek et al.&apos;s measure: how far each GPT arm&apos;s prediction is from each algorithm&apos;s on the same test prompts, divided by D. Near 0: the arm predicts like that algorithm. Bands: 90 % bootstrap interval over the prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-context examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with baselines: (GPT − baseline)² / D, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run predates the agreement measure: its eval.csv has no sq_diff_* rows (or it ran with eval.baselines off). Train it again to compare the GPT arms&apos; predictions with least squares, 3-NN and averaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement with baselines is measured in linear-regression (I1) runs only; this run has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluation yet: the curves appear with the run&apos;s first evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: (GPT − %2)² / D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with baselines after step %1: (GPT − baseline)² / D, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At step %1 with 0 examples every baseline predicts 0, so each curve starts at the arm&apos;s own prediction squared / D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closest to %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At step %1 with 1 example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At step %1 with %2 examples %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % bootstrap interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with baselines · test set: %1 · snapshot after step %2 · bands: 90 % bootstrap interval over %3 test prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::RegressionPanel</name>
    <message>
        <source>Test prompts the error is measured on (meta-meta runs: one set per support size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation snapshot (training step) this chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-context examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error / D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close each GPT arm&apos;s predictions are to least squares, 3-NN and averaging (Akyürek et al.), per number of examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-context examples + 1 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % bootstrap interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squared error / D · test set: %1 · snapshot after step %2 · bands: 90 % bootstrap interval over %3 test prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (clipped: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · y clipped at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::RunBrowser</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check runs to overlay them; double-click a run to open it, its note to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the runs folder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected run in the Training tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved; the earlier note is unchanged.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not overlaid:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::RunListModel</name>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I1 regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I2 meta-meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder cannot be read as a run:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to edit the note (saved to note.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::RunOverlay</name>
    <message>
        <source>mix (all families)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shots + 1 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test family of the accuracy curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of shots k at which the table compares accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the table as CSV: one line per run, learner, test family and measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy curves on test family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy at k shots, k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check runs in the list to overlay them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) overlaid: colour = learner, line style = run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy curves and table rows from the final evaluation of %n classification run(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regression run(s) (I1, I2): loss, and the squared error at the last position in the table.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Training loss: no run checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy: no classification run checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final accuracy against shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Comparison CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::RunOverlayTableModel</name>
    <message>
        <source>accuracy [95 % CI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sq. error, last pos. [90 % CI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1, %2 shots, %3 test tasks: accuracy %4, 95 % Wilson interval [%5, %6]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1, position %2, %3 prompts: mean squared error %4, 90 % bootstrap interval [%5, %6]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::RunResumer</name>
    <message>
        <source>Res&amp;ume Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the opened stopped, failed or interrupted run from its last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a run folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::StageTimeline</name>
    <message>
        <source>Stage %1, steps %2–%3: input dimensions 1–%4 active (the rest are zero), %5 points per prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=%1
n=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icl::ui::SweepDialog</name>
    <message>
        <source>Start Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seeds each setting runs with: a range 0-4, a list 0,2,5, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: seeds only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config key the sweep varies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3e-3, 1e-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of the swept key, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points run at the same time (each is its own process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swept key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the experiment in the form once per seed and value, with icl-lab-cli sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of %1: give at least two values separated by commas, none empty (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value &quot;%1&quot; of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder: choose a folder for the sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder %1 already holds a sweep; choose a new folder (open that sweep with File &gt; Open Sweep Folder… to see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder %1 already holds files; choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::SweepPointModel</name>
    <message>
        <source>(seed only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::SweepProcess</name>
    <message>
        <source>&quot;%1&quot; is not a seed or a range of seeds (e.g. 0-4 or 0,2,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep is already running; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icl-lab-cli was not found beside %1 nor on the PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::SweepTableModel</name>
    <message>
        <source>seed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::SweepView</name>
    <message>
        <source>All shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sweep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Sweep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shots + 1 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swept setting whose seeds the charts and the table show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test family of the curves against shots and of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sweep started here: running points end as stopped, finished points are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the across-seed table as CSV: one line per learner, test family, measure and shots, with the per-seed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final evaluation across seeds: mean [95 % t-interval] (seeds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every number of shots; otherwise 1, 2, 5, 10 and the largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sweep Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix (all families)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss: no rows yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss, %1: mean and 95 % band over seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-context examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squared error / D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final evaluation: no completed point yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final accuracy on %1 against shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squared error against position on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: mean over seeds, band = 95 % t-interval, faint = each seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sweep shown: open a sweep folder (File &gt; Open Sweep Folder…) or start one (Sweep &gt; Start Sweep…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep folder cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed, %2 failed, %3 running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icl-lab-cli sweep is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Sweep CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icl-lab-cli sweep finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: finished points are kept, running ones are marked stopped; the same command continues the sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icl-lab-cli sweep ended with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icl-lab-cli sweep ended with exit code %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::TrainingWorker</name>
    <message>
        <source>unknown error in the training thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::ViewHelp</name>
    <message>
        <source>Training: loss and accuracy against shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: regression error curves (I1, I2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Top: training loss.&lt;/b&gt; One curve per learner: its cross-entropy on the training tasks of each step. The faint line is the raw loss, the solid line the same loss smoothed (the &lt;i&gt;Smoothing&lt;/i&gt; slider). &lt;i&gt;x&lt;/i&gt; is the optimiser step or the wall time in seconds since the start; &lt;i&gt;Log scale&lt;/i&gt; makes the loss axis logarithmic. A falling loss means the learner fits its training tasks, not yet that it does well on new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bottom: test accuracy against shots.&lt;/b&gt; A &lt;i&gt;shot&lt;/i&gt; is one example of the task, a point with its class, shown before the question: at 5 shots a learner has seen 5 labelled points of a new task and classifies the 6th. Each curve point is the share of the fixed test tasks of the chosen family answered right at the latest evaluation; chance is 0.5. The band is the 95 % Wilson interval of that share over the test tasks. The table gives every learner on every test family at the chosen number of shots; the best of each column is bold and marked ★.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why some curves start far from 0.5 at 0 shots.&lt;/b&gt; With no example a learner can only give a fixed answer: MatchNet and ProtoNet say class 0 (a tie goes to the first class), ICL answers from the query point alone. On proto and ave every test task begins with two &lt;i&gt;anchors&lt;/i&gt;, one point of each class, and their order is drawn once for the whole test set (one coin, as in the paper&apos;s code). So at 0 shots all test tasks have the same answer and a fixed guess scores near 1 or near 0, by the seed&apos;s coin, not by learning. At 1 shot the second anchor always has the other class: ICL trained on such tasks learns that and is almost always right. sim has no anchors and stays near 0.5 at 0 shots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The task.&lt;/b&gt; Each prompt is a new linear function y = w·x of D inputs; the model sees i example pairs (x, y) and predicts y at the next x. &lt;b&gt;Top:&lt;/b&gt; the training loss of each GPT arm; the curriculum&apos;s stages are shaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Error curves:&lt;/b&gt; squared error divided by D against the number of in-context examples i, at two snapshots side by side (an early one and the latest). 1.0 is what always predicting 0 scores, 0 is perfect. &lt;i&gt;gpt_curriculum&lt;/i&gt; trains with the curriculum (few active input dimensions first, all of them later), &lt;i&gt;gpt_plain&lt;/i&gt; on the full task from step 1, both from the same initial weights on the same prompts. Claim I1: the curriculum arm reaches a low error sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Baselines&lt;/b&gt; are fixed algorithms, not trained: least squares (the best possible once i reaches D), 3-nearest neighbours, averaging (w estimated as the mean of x·y) and zero. Bands: 90 % bootstrap intervals over the test prompts. The &lt;b&gt;Agreement with baselines&lt;/b&gt; tab shows (GPT − baseline)² / D: low means the model predicts like that algorithm. In a meta-meta (I2) run the &lt;i&gt;Test set&lt;/i&gt; choice shows one set per support size; the &lt;i&gt;_adapt&lt;/i&gt; models are fine-tuned on the new domain&apos;s support prompts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bar is the training run split into &lt;b&gt;stages&lt;/b&gt;. In a stage only the first &lt;b&gt;k&lt;/b&gt; input dimensions are non-zero and each prompt has &lt;b&gt;n&lt;/b&gt; points (the &lt;i&gt;k=…, n=…&lt;/i&gt; labels; hover a stage for its steps). Each boundary adds dimensions or points until the full task; the arm without curriculum trains on the full task throughout. The marker is the current step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshots&lt;/b&gt; are the evaluations taken at stage boundaries and checkpoints; &lt;b&gt;Open snapshot&lt;/b&gt; shows the chosen one in the left error chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pause at next stage&lt;/b&gt; stops right after the next boundary, once its snapshot is taken, so you can look at the model between stages; &lt;b&gt;Run to next stage&lt;/b&gt; resumes and stops at the following boundary; &lt;b&gt;Run on&lt;/b&gt; trains through all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the trained learners cope with test tasks unlike their training tasks (claims P3 and P4). It shows an evaluation of the run folder (Run &gt; Evaluate Generalisation…); &lt;i&gt;Checkpoint&lt;/i&gt; picks the final or the best weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Left: accuracy against the shift.&lt;/b&gt; &lt;i&gt;Input scale σ&lt;/i&gt;: the test inputs spread σ times as wide (σ = 1 as in training); &lt;i&gt;input mean offset&lt;/i&gt;: every input moved by the offset. One curve per learner, averaged over all numbers of shots or at one. Solid: trained learners. Dotted: the &lt;i&gt;selection&lt;/i&gt; baseline (per query, the one of MatchNet, ProtoNet and CNP that best predicts the examples seen so far) and the &lt;i&gt;oracle&lt;/i&gt; (per task, the best of the three in hindsight). Dashed: plug-in rules (nearest class mean, cosine vote, mean offset), fixed algorithms with nothing learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Right: the radial task.&lt;/b&gt; The class says whether a point lies inside a circle, a rule no training family uses (P4: does ICL find a new algorithm?). Bands: 95 % Wilson intervals over the test tasks; for the mean over shots the mean of the per-shot bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Which algorithm does the ICL model behave like?&lt;/b&gt; Each row is a reference: a trained learner (MatchNet, ProtoNet, CNP) or a plug-in rule (nearest class mean, cosine vote, mean offset). Each column is a number of shots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell reads &lt;i&gt;agreement (chance)&lt;/i&gt;: agreement is the share of test queries on which ICL and the reference predict the same class; chance is what two independent predictors with the same accuracies would reach. Only agreement well above chance says ICL follows that algorithm; two accurate learners agree often anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Colour&lt;/i&gt;: the agreement, or the agreement minus chance (blue above, orange below). Click a column for a sentence on it. &lt;i&gt;Test set&lt;/i&gt;, &lt;i&gt;Family&lt;/i&gt; and σ or offset choose the shifted test set the probe ran on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision regions in the plane.&lt;/b&gt; One panel per learner of a d = 2, C = 2 run, and a plug-in rule: the colour at each point is the probability the learner gives class 0 (blue) against class 1 (orange) for a query there, given the support points you placed; the black line is 0.5, the decision boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-click adds a point of the chosen class, drag moves it, right-click removes it. &lt;b&gt;Use first k&lt;/b&gt; shows what every learner sees after k examples. &lt;b&gt;Sample&lt;/b&gt; fills the support from a test task of a family; the presets are fixed supports like the paper&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;plug-in rule&lt;/b&gt; panel (choose its family) is the algorithm that is optimal for that family. The closer a learner&apos;s regions look like it, the more the learner behaves like that algorithm on this support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs that differ in one setting only (the seed, a mixture weight, the depth). A difference smaller than the bands (95 % Wilson intervals) may be noise: runs with other seeds tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I looking at? – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I looking at? Explains the current view (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the view that has the focus, else the current tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This view has no help text yet. Help &gt; What am I looking at? lists the views that have one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Several runs side by side.&lt;/b&gt; The list holds the run folders of the runs folder, each with your note (what you changed, what you expect; double-click the Note cell to edit it, it is kept in the run folder). Tick the runs to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts overlay their training loss and their test accuracy against shots: the colour is the learner, the line style the run. The table gives each run&apos;s final accuracy per learner and test family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep: results across seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;One experiment, several seeds.&lt;/b&gt; A sweep runs the same experiment once per seed, or once per seed and value of one setting (a learning rate, a depth); each point is an ordinary run folder, listed bottom left with its status. &lt;i&gt;Setting&lt;/i&gt; chooses the value whose seeds the charts and the table show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Charts:&lt;/b&gt; the training loss (left) and the final accuracy against shots (right; squared error for regression). The thick line is the mean over seeds, the band the 95 % Student-t interval across seeds: how much the result moves from seed to seed. With few seeds it is wide: with 3 seeds its half-width is t(0.975, 2) = 4.30 standard errors. The faint lines are the seeds one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Table:&lt;/b&gt; each cell reads &lt;i&gt;mean [low, high] (n)&lt;/i&gt;, the mean over seeds, its 95 % t-interval and n, the number of seeds whose run completed (a failed or running point is left out). Hover a cell for the value of each seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why several seeds?&lt;/b&gt; One seed is an anecdote. In p1-sim, MatchNet on sim stalls near 0.73 in 2 of 5 seeds while the others reach about 0.91: one run shows either story. A faint line far from the rest is such a seed. &lt;tt&gt;icl-lab-cli report SWEEP_DIR&lt;/tt&gt; prints the same numbers, with a &lt;i&gt;stalled&lt;/i&gt; column naming the seeds that got stuck.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
