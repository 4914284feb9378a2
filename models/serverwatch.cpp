#include "serverwatch.h"

#include "decisionfile.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QTcpSocket>

namespace gonogo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::DecisionDocument)
};

} // namespace

ServerWatch::ServerWatch(DecisionFile *file, QObject *parent)
    : QObject(parent), m_file(file), m_channel(file->changeChannel())
{
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

void ServerWatch::beat()
{
    if (m_online) {
        if (m_file->alive()) {
            return;
        }
        m_online = false;
        m_why = m_file->session().database().lastError().text().trimmed();
        if (m_why.isEmpty()) {
            m_why = Text::tr("the server does not answer");
        }
        m_retryMs = beatMs;
        m_nextTry = 0;
        emit connectionChanged(false);
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now < m_nextTry || m_probe) {
        return;
    }
    probe();
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
    emit connectionChanged(true);
}

} // namespace gonogo
