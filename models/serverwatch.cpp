#include "serverwatch.h"

#include "decisionfile.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

} // namespace

ServerPing::~ServerPing()
{
    if (m_connection.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void ServerPing::ping(quint64 n)
{
    if (m_connection.isEmpty()) {
        m_connection = QStringLiteral("gonogo-ping-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.database);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        db.setConnectOptions(m_settings.options);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() && !db.open()) {
        emit answered(n, false, db.lastError().text().trimmed());
        return;
    }
    QString why;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT 1"))) {
            emit answered(n, true, {});
            return;
        }
        why = q.lastError().text().trimmed();
    }
    db.close(); // opened afresh next time
    emit answered(n, false, why);
}

ServerWatch::ServerWatch(DecisionFile *file, QObject *parent)
    : QObject(parent), m_file(file), m_channel(file->changeChannel())
{
    const QSqlDatabase db = file->session().database();
    m_pingThread = new QThread;
    m_pingThread->setObjectName(QStringLiteral("gonogo-ping"));
    m_ping = new ServerPing(
        {db.hostName(), db.port(), db.databaseName(), db.userName(), db.password(), db.connectOptions()});
    m_ping->moveToThread(m_pingThread);
    connect(m_pingThread, &QThread::finished, m_ping, &QObject::deleteLater);
    connect(m_ping, &ServerPing::answered, this, &ServerWatch::pinged);
    m_pingThread->start();

    m_flush.setSingleShot(true);
    m_flush.setInterval(0); // a burst (a status set on forty items) arrives as one batch
    connect(&m_flush, &QTimer::timeout, this, [this] {
        QStringList entities(m_pending.cbegin(), m_pending.cend());
        m_pending.clear();
        entities.sort();
        emit changedElsewhere(entities);
    });
    m_beat.setInterval(beatMs);
    connect(&m_beat, &QTimer::timeout, this, &ServerWatch::beat);
    m_beat.start();
    subscribe();
}

void ServerWatch::subscribe()
{
    QSqlDriver *driver = m_file->session().database().driver();
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this, &ServerWatch::onNotification);
    if (!driver->subscribedToNotifications().contains(m_channel)) {
        driver->subscribeToNotification(m_channel);
    }
}

void ServerWatch::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != m_channel || source == QSqlDriver::SelfSource) {
        return; // this window's own changes are shown already
    }
    m_pending.insert(payload.toString());
    m_flush.start();
}

ServerWatch::~ServerWatch()
{
    m_pingThread->quit();
    if (m_pingThread->wait(2000)) {
        delete m_pingThread;
    }
    // Else the ping waits on a network gone silent: its thread ends by itself at the connection's timeout, and the
    // thread object is left to the process (deleting a running thread aborts).
}

void ServerWatch::beat()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_online) {
        if (m_pingAnswered != m_pingSent) {
            if (now - m_pingSentAt >= pingTimeoutMs) {
                lose(Text::tr("the server does not answer"));
            }
            return;
        }
        m_pingSentAt = now;
        const quint64 n = ++m_pingSent;
        QMetaObject::invokeMethod(
            m_ping, [ping = m_ping, n] { ping->ping(n); }, Qt::QueuedConnection);
        return;
    }
    if (now < m_nextTry || m_probe) {
        return;
    }
    probe();
}

void ServerWatch::pinged(quint64 n, bool reached, const QString &why)
{
    if (n != m_pingSent) {
        return; // the answer to a heartbeat already given up on
    }
    m_pingAnswered = n;
    if (!m_online) {
        return;
    }
    if (!reached) {
        lose(why);
        return;
    }
    // The server has just answered: checking this window's own connection cannot wait long now.
    if (!m_file->alive()) {
        lose(m_file->session().database().lastError().text().trimmed());
    }
}

void ServerWatch::lose(const QString &why)
{
    m_online = false;
    m_why = why.isEmpty() ? Text::tr("the server does not answer") : why;
    m_retryMs = beatMs;
    m_nextTry = 0;
    emit connectionChanged(false);
}

void ServerWatch::probe()
{
    const QString host = m_file->serverHost();
    if (host.isEmpty() || host.startsWith(QLatin1Char('/'))) {
        reconnect(); // a local socket folder: nothing on the network to wait for
        return;
    }
    m_probe = new QTcpSocket(this);
    connect(m_probe, &QTcpSocket::connected, this, [this] { probed(true, {}); });
    connect(m_probe, &QAbstractSocket::errorOccurred, this, [this] {
        probed(false, Text::tr("%1 cannot be reached (%2)").arg(m_file->serverHost(), m_probe->errorString()));
    });
    m_probeTimeout.setSingleShot(true);
    m_probeTimeout.setInterval(probeTimeoutMs);
    disconnect(&m_probeTimeout, nullptr, this, nullptr);
    connect(&m_probeTimeout, &QTimer::timeout, this, [this] {
        probed(false, Text::tr("%1 does not answer on port %2").arg(m_file->serverHost()).arg(m_file->serverPort()));
    });
    m_probeTimeout.start();
    m_probe->connectToHost(m_file->serverHost(), static_cast<quint16>(m_file->serverPort()));
}

void ServerWatch::probed(bool reached, const QString &why)
{
    m_probeTimeout.stop();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    if (reached) {
        reconnect(); // the server answers: connecting now takes as long as a round trip
        return;
    }
    m_why = why;
    m_nextTry = QDateTime::currentMSecsSinceEpoch() + m_retryMs;
    m_retryMs = std::min(m_retryMs * 2, longestRetryMs);
}

void ServerWatch::reconnect()
{
    if (auto back = m_file->reconnect(); !back) {
        m_why = back.error().message;
        m_nextTry = QDateTime::currentMSecsSinceEpoch() + m_retryMs;
        m_retryMs = std::min(m_retryMs * 2, longestRetryMs);
        return;
    }
    QSqlDriver *driver = m_file->session().database().driver();
    for (const QString &channel : driver->subscribedToNotifications()) {
        driver->unsubscribeFromNotification(channel);
    }
    subscribe();
    m_online = true;
    m_why.clear();
    m_pingAnswered = m_pingSent; // a heartbeat still waiting is forgotten (its answer, if it comes, too)
    emit connectionChanged(true);
}

} // namespace gonogo
