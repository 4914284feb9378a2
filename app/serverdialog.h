// File > Open from Server: the decisions on a PostgreSQL server (team mode), listed with their launch, target date,
// recorded decision and sign-offs, to open one. The servers used before are offered again (their addresses only:
// a password is never kept; libpq takes it from PGPASSWORD or ~/.pgpass).
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gonogo {

class OpenFromServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OpenFromServerDialog(QWidget *parent = nullptr);
    // The chosen decision's address (postgresql://...?decision=ID); empty until one is chosen.
    QString chosenAddress() const;
    // The servers remembered, newest first (preference "server/profiles").
    static QStringList profiles();
    static void rememberProfile(const QString &server);

    // Lists the decisions on the server in the address field (the "Show Decisions" button).
    void listDecisions();

private:
    QComboBox *m_server = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
    QString m_listed; // the server whose decisions the table shows
};

} // namespace gonogo
