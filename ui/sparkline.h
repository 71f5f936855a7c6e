#pragma once

#include <QList>
#include <QWidget>

namespace hookline {

// A small line chart of the last minute's events per second.
class Sparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sparkline)

public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(const QList<double> &values);
    QSize sizeHint() const override { return {120, 18}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
};

} // namespace hookline
