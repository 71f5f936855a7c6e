// hookline-icon-render: renders the application's SVG icon to PNG files of the given sizes,
// for the AppImage's hicolor theme. It uses Qt's own SVG image plugin (libqt6svg6, a runtime
// dependency already), so packaging needs no ImageMagick and no SVG delegate.
//
//   hookline-icon-render ICON.svg OUT_DIR SIZE...   (writes OUT_DIR/SIZExSIZE/apps/hookline.png)

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        err << "usage: hookline-icon-render ICON.svg OUT_DIR SIZE...\n";
        return 2;
    }
    const QString source = args.at(1);
    const QDir out(args.at(2));
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            err << "hookline-icon-render: not a size: " << args.at(i) << '\n';
            return 2;
        }
        QImageReader reader(source, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            err << "hookline-icon-render: cannot render " << source << ": " << reader.errorString()
                << '\n';
            return 1;
        }
        const QString dir = QStringLiteral("%1x%1/apps").arg(size);
        if (!out.mkpath(dir) || !image.save(out.filePath(dir + QStringLiteral("/hookline.png")))) {
            err << "hookline-icon-render: cannot write " << out.filePath(dir) << '\n';
            return 1;
        }
    }
    return 0;
}
