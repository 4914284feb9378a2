// MainWindow: composes the parts and routes menu actions; holds no business logic. It owns the open decision
// file (and so its lock) for as long as the file is shown.
#pragma once

#include <QMainWindow>

#include <memory>

namespace gonogo {

class DecisionFile;
class DecisionOverview;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path, or shows the reason it was refused and keeps the current file. Returns true on success.
    bool openFile(const QString &path);

private:
    void chooseFile();
    void refresh();

    std::unique_ptr<DecisionFile> m_file;
    DecisionOverview *m_overview;
};

} // namespace gonogo
