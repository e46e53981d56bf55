#pragma once
// Pure drawing helpers of the playground's panels: a probability grid as an image (colour by
// P(class 0)) and its 0.5 contour by marching squares. No widget state, so tests and exports
// use the same pictures as the screen.

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QVector>

#include <cstdint>
#include <vector>

namespace icl::ui {

/// The colours of the two classes (points and regions).
QColor classColour(int64_t label);

/// @brief One pixel per cell, row 0 at the top: white at P = 0.5, towards class 0's colour as
/// P(class 0) -> 1 and towards class 1's as it -> 0.
QImage probabilityImage(const std::vector<float>& classZero, int64_t rows, int64_t columns);

/// @brief The level-@p level contour of the grid as segments in cell-centre coordinates:
/// (column, row) of a cell centre is (column + 0.5, row + 0.5), so a segment scales to pixels
/// by width / columns and height / rows.
QVector<QLineF> contourSegments(const std::vector<float>& values, int64_t rows, int64_t columns,
                                float level = 0.5f);

}  // namespace icl::ui
