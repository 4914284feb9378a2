// ServerWatch: keeps an open decision on a server current and honest about its connection. It listens on the
// decision's channel (LISTEN/NOTIFY; every audit entry appended by anyone announces the entity it is about) and
// hands on, in one batch per turn of the event loop, what others changed; its own changes it ignores. A heartbeat
// notices a lost connection within a few seconds (pingTimeoutMs after the network went silent); while offline it tries
// again every beat, and says when the connection is back (everything said in between was lost, so the document reads
// everything again). Before each attempt the server is first reached with a socket that does not block: connecting to a
// host that has gone from the network waits seconds for a timeout, and the window must keep answering meanwhile (a
// laptop off the Wi-Fi). For the same reason the heartbeat is a ServerPing, on a connection and in a thread of its own:
// a query sent into a network that has gone silent waits for its answer until the TCP timeout. Only once the ping has
// come back is the window's own connection checked, and that cannot wait long.
#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

class QTcpSocket;
class QThread;

namespace gonogo {

class DecisionFile;

// Asks the server "are you there?" (SELECT 1) on a connection of its own, opened on first use and again after a
// failure. Lives in a thread of its own; ping() runs there, and answered() comes back through the event loop.
class ServerPing final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString host;
        int port = 0;
        QString database;
        QString user;
        QString password; // the one the window's connection uses (kept in memory only, as there)
        QString options;
    };
    explicit ServerPing(Settings settings) : m_settings(std::move(settings)) {}
    ~ServerPing() override; // in its thread: closes its connection
    void ping(quint64 n);

signals:
    void answered(quint64 n, bool reached, const QString &why);

private:
    Settings m_settings;
    QString m_connection; // its QSqlDatabase connection's name, once made
};

class ServerWatch final : public QObject
{
    Q_OBJECT

public:
    static constexpr int beatMs = 1000;
    // While offline, attempts to reconnect come after 1, 2, 4 ... up to 16 s: an attempt on an unreachable host
    // waits for the connection timeout, and the window must not spend most of its time waiting.
    static constexpr int longestRetryMs = 16000;
    // How long reaching the server may take before the attempt counts as failed (libpq's connect_timeout).
    static constexpr int probeTimeoutMs = 5000;
    // How long a heartbeat may go unanswered before the connection counts as lost.
    static constexpr int pingTimeoutMs = 3000;

    ServerWatch(DecisionFile *file, QObject *parent = nullptr);
    ~ServerWatch() override;
    bool online() const { return m_online; }
    const QString &lostBecause() const { return m_why; }

signals:
    void changedElsewhere(const QStringList &entities); // "item:SEC-01", "risk:R-2", "signoff:4", ...
    void connectionChanged(bool online);

private:
    void subscribe();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void beat();
    void pinged(quint64 n, bool reached, const QString &why);
    void lose(const QString &why);
    void probe();
    void probed(bool reached, const QString &why);
    void reconnect();

    DecisionFile *m_file;
    QString m_channel;
    QTimer m_beat;
    QTimer m_flush;
    QSet<QString> m_pending;
    bool m_online = true;
    int m_retryMs = beatMs;
    qint64 m_nextTry = 0; // ms since the epoch
    QString m_why;
    QTcpSocket *m_probe = nullptr; // while an attempt is reaching the server
    QTimer m_probeTimeout;
    QThread *m_pingThread = nullptr;
    ServerPing *m_ping = nullptr; // in m_pingThread
    quint64 m_pingSent = 0;       // the last heartbeat's number
    quint64 m_pingAnswered = 0;   // equal to m_pingSent when none is waiting for its answer
    qint64 m_pingSentAt = 0;      // ms since the epoch
};

} // namespace gonogo
