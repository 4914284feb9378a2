#include "record.h"

#include "sha256.h"

#include <QCoreApplication>

namespace gonogo {

namespace {

// A tiny JSON writer whose output depends only on its input: keys in the order written, no spaces, strings in
// NFC with the minimal escapes.
class Canonical
{
public:
    explicit Canonical(int form = Record::currentForm) : m_form(form) {}

    Canonical &begin() { return raw('{'); }
    Canonical &end() { return raw('}'); }
    Canonical &beginList() { return raw('['); }
    Canonical &endList() { return raw(']'); }

    Canonical &key(const char *name)
    {
        // Keys are fixed ASCII names without quotes, backslashes or control characters: their bytes as they are.
        comma();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_needComma = false;
        return *this;
    }
    Canonical &value(const QString &text)
    {
        comma();
        string(text);
        m_needComma = true;
        return *this;
    }
    Canonical &value(const char *text) { return value(QString::fromLatin1(text)); }
    Canonical &value(qint64 number)
    {
        comma();
        m_out += QByteArray::number(number);
        m_needComma = true;
        return *this;
    }
    Canonical &value(bool flag)
    {
        comma();
        m_out += flag ? "true" : "false";
        m_needComma = true;
        return *this;
    }
    Canonical &null()
    {
        comma();
        m_out += "null";
        m_needComma = true;
        return *this;
    }
    Canonical &date(const QDate &d) { return d.isValid() ? value(d.toString(Qt::ISODate)) : null(); }
    Canonical &time(const QDateTime &t)
    {
        return t.isValid() ? value(t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))) : null();
    }
    Canonical &variant(const QVariant &v) { return v.isNull() ? null() : value(v.toString()); }

    const QByteArray &bytes() const { return m_out; }

private:
    Canonical &raw(char c)
    {
        if (c == '{' || c == '[') {
            comma();
            m_needComma = false;
        } else {
            m_needComma = true;
        }
        m_out += c;
        return *this;
    }
    void comma()
    {
        if (m_needComma) {
            m_out += ',';
        }
    }
    void string(const QString &text)
    {
        if (isPlainAscii(text)) {
            // Printable ASCII without quotes or backslashes is its own NFC, and its UTF-8 is its Latin-1.
            m_out += '"';
            m_out += text.toLatin1();
            m_out += '"';
            return;
        }
        if (m_form == 1) {
            legacyString(text);
            return;
        }
        // Form 2: one code point at a time. A valid surrogate pair is one code point written as its UTF-8 bytes; a
        // lone surrogate (possible in a QString, never in valid text) is written as a \u escape, which no code point
        // is, so no two different texts give the same bytes. Runs of characters that need no escape are converted
        // to UTF-8 in one go, which gives the same bytes as one character at a time.
        const QString nfc = text.normalized(QString::NormalizationForm_C);
        m_out += '"';
        const qsizetype n = nfc.size();
        const QChar *data = nfc.constData();
        qsizetype run = 0; // start of the current run of characters written as they are
        auto flush = [&](qsizetype end) {
            if (end > run) {
                m_out += QStringView(data + run, end - run).toUtf8();
            }
        };
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t u = data[i].unicode();
            if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(data[i + 1].unicode())) {
                ++i; // a valid pair stays in the run
                continue;
            }
            if (!(QChar::isSurrogate(u) || u < 0x20 || u == u'"' || u == u'\\')) {
                continue;
            }
            flush(i);
            run = i + 1;
            if (u == u'"') {
                m_out += "\\\"";
            } else if (u == u'\\') {
                m_out += "\\\\";
            } else {
                m_out += QStringLiteral("\\u%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0')).toLatin1();
            }
        }
        flush(n);
        m_out += '"';
    }
    static bool isPlainAscii(const QString &text)
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u > 0x7E || u == u'"' || u == u'\\') {
                return false;
            }
        }
        return true;
    }
    // Form 1, kept byte for byte so that sign-offs and audit rows made under it still verify. It walks UTF-16
    // units, so each half of a surrogate pair became U+FFFD: texts differing only outside the BMP collide.
    void legacyString(const QString &text)
    {
        m_out += '"';
        for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
            const char16_t u = c.unicode();
            if (u == u'"') {
                m_out += "\\\"";
            } else if (u == u'\\') {
                m_out += "\\\\";
            } else if (u < 0x20) {
                m_out += QStringLiteral("\\u%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0')).toLatin1();
            } else {
                m_out += QString(c).toUtf8();
            }
        }
        m_out += '"';
    }

    QByteArray m_out;
    bool m_needComma = false;
    int m_form;
};

QString sha256Hex(const QByteArray &bytes)
{
    return Sha256::hex(bytes);
}

bool signedInForm1(const Snapshot &snapshot)
{
    return std::any_of(snapshot.signoffs.cbegin(), snapshot.signoffs.cend(),
                       [](const Signoff &s) { return s.canonicalForm == 1; });
}

// The canonical form in three pieces, so that a change of one item serializes only that item: the head (up to
// and including the opening of the item list), each item, and the tail (from the end of the item list on). The
// record's bytes are head + items joined by ',' + tail.
QByteArray canonicalHead(const Snapshot &s, int form)
{
    Canonical c(form);
    c.begin();
    c.key("format").value(form == 1 ? "gonogo-record/1" : "gonogo-record/2");
    c.key("record_id").value(s.meeting.recordId);
    c.key("meeting").begin();
    c.key("launch").value(s.meeting.launchName);
    c.key("target_date").date(s.meeting.targetDate);
    c.key("meeting_date").date(s.meeting.meetingDate);
    c.key("facilitator").value(s.meeting.facilitator);
    // Only when known: a record made before the meeting had a zone keeps its fingerprint.
    if (!s.meeting.timeZone.isEmpty()) {
        c.key("time_zone").value(s.meeting.timeZone);
    }
    c.key("thresholds").begin();
    c.key("critical_percent").value(qint64(s.meeting.thresholds.criticalPercent));
    c.key("go_percent").value(qint64(s.meeting.thresholds.goPercent));
    c.key("caution_percent").value(qint64(s.meeting.thresholds.cautionPercent));
    c.end();
    c.end();

    c.key("categories").beginList();
    for (const Category &cat : s.categories) {
        c.begin().key("code").value(cat.code).key("name").value(cat.name).end();
    }
    c.endList();

    c.key("items").beginList();
    return c.bytes();
}

QByteArray canonicalItem(const Item &i, int form)
{
    Canonical c(form);
    c.begin();
    c.key("id").value(i.id);
    c.key("category").value(i.categoryCode);
    c.key("title").value(i.title);
    c.key("critical").value(i.critical);
    c.key("status").value(toCode(i.status));
    c.key("owner").value(i.owner);
    c.key("evidence").value(i.evidence);
    c.end();
    return c.bytes();
}

QByteArray canonicalTail(const Snapshot &s, int form)
{
    Canonical c(form);
    c.endList(); // of the items
    c.key("risks").beginList();
    for (const Risk &r : s.risks) {
        c.begin();
        c.key("id").value(r.id);
        c.key("title").value(r.title);
        c.key("description").value(r.description);
        c.key("likelihood").value(toCode(r.likelihood));
        c.key("impact").value(toCode(r.impact));
        c.key("state").value(toCode(r.state));
        c.key("owner").value(r.owner);
        c.key("mitigation").value(r.mitigation);
        c.key("acceptance_rationale").value(r.acceptanceRationale);
        c.key("accepted_by").value(r.acceptedBy);
        c.key("accepted_until").date(r.acceptedUntil);
        c.key("items").beginList();
        for (const QString &id : r.itemIds) {
            c.value(id);
        }
        c.endList();
        c.end();
    }
    c.endList();

    c.key("matrix").beginList();
    for (Likelihood l : allLikelihoods) {
        for (Impact i : allImpacts) {
            c.begin().key("likelihood").value(toCode(l)).key("impact").value(toCode(i));
            c.key("level").value(toCode(s.matrix.level(l, i))).end();
        }
    }
    c.endList();

    c.key("decision");
    if (!s.decision) {
        c.null();
    } else {
        const RecordedDecision &d = *s.decision;
        c.begin();
        c.key("decision").value(toCode(d.decision));
        c.key("rationale").value(d.rationale);
        c.key("recommendation").value(toCode(d.recommendation));
        c.key("override_rationale").value(d.overrideRationale);
        c.key("decided_at").time(d.decidedAt);
        c.key("decided_by").value(d.decidedBy);
        c.key("conditions").beginList();
        for (const Condition &cond : d.conditions) {
            c.begin().key("text").value(cond.text).key("owner").value(cond.owner).key("due").date(cond.due).end();
        }
        c.endList();
        c.end();
    }

    c.key("stakeholders").beginList();
    for (const Stakeholder &p : s.stakeholders) {
        c.begin().key("id").value(qint64(p.id)).key("name").value(p.name).key("role").value(p.role).end();
    }
    c.endList();
    // The roll call, once anyone has answered: what the room said is part of what was decided. A record without
    // a poll keeps the fingerprint it had before polls existed. The agenda and its times are not here: the clock
    // runs on after people sign (the audit log and verify cover them).
    if (!s.poll.isEmpty()) {
        c.key("poll").begin();
        c.key("answers").beginList();
        for (const PollVote &v : s.poll.answers) {
            c.begin().key("stakeholder").value(qint64(v.stakeholderId)).key("answer").value(toCode(v.answer));
            c.key("comment").value(v.comment).end();
        }
        c.endList();
        c.key("rationale").value(s.poll.rationale);
        c.end();
    }
    c.end();
    return c.bytes();
}

} // namespace

QByteArray Record::canonical(const Snapshot &s, int form)
{
    QByteArray out = canonicalHead(s, form);
    for (qsizetype i = 0; i < s.items.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += canonicalItem(s.items.at(i), form);
    }
    out += canonicalTail(s, form);
    return out;
}

QString Record::fingerprint(const Snapshot &snapshot, int form)
{
    return sha256Hex(canonical(snapshot, form));
}

Fingerprints Record::fingerprints(const Snapshot &snapshot)
{
    Fingerprints f;
    f.current = fingerprint(snapshot, currentForm);
    if (signedInForm1(snapshot)) {
        f.legacy = fingerprint(snapshot, 1);
    }
    return f;
}

QString Record::seal(const QString &recordId, const Signoff &s)
{
    Canonical c(s.canonicalForm);
    c.begin();
    if (s.canonicalForm != 1) {
        c.key("form").value(qint64(s.canonicalForm));
    }
    c.key("record_id").value(recordId);
    c.key("fingerprint").value(s.fingerprint);
    c.key("stakeholder").value(qint64(s.stakeholderId));
    c.key("name").value(s.name);
    c.key("role").value(s.role);
    c.key("vote").value(toCode(s.vote));
    c.key("comment").value(s.comment);
    c.key("signed_at").time(s.signedAt);
    c.key("signature").value(s.signaturePng.isEmpty() ? QString() : sha256Hex(s.signaturePng));
    c.key("audit_seq").value(s.auditSeq);
    c.key("audit_hash").value(s.auditHash);
    c.end();
    return sha256Hex(c.bytes());
}

QString Record::withdrawalSeal(const QString &recordId, const Signoff &s)
{
    Canonical c(currentForm);
    c.beginList();
    c.value("withdrawal").value(recordId).value(s.seal);
    c.time(s.withdrawnAt).value(s.withdrawnBy).value(s.withdrawReason);
    c.endList();
    return sha256Hex(c.bytes());
}

SignoffState Record::state(const Signoff &signoff, const Fingerprints &current)
{
    if (signoff.withdrawnAt.isValid()) {
        return SignoffState::Withdrawn;
    }
    const QString &now = current.of(signoff.canonicalForm);
    const bool matches = !now.isEmpty() && signoff.fingerprint == now &&
                         (signoff.canonicalForm != 1 || signoff.upgradedFingerprint.isEmpty() ||
                          signoff.upgradedFingerprint == current.current);
    return matches ? SignoffState::Current : SignoffState::Stale;
}

QString Record::auditHash(const QString &previousHash, const AuditFields &row, int form)
{
    Canonical c(form);
    c.beginList();
    if (form != 1) {
        c.value("gonogo-audit/2");
    }
    c.value(previousHash).value(row.seq).value(row.at).value(row.actor).value(row.action).value(row.entity);
    c.variant(row.field).variant(row.oldValue).variant(row.newValue);
    c.endList();
    return sha256Hex(c.bytes());
}

void FingerprintCache::reset(const Snapshot &snapshot)
{
    fill(m_current, snapshot, Record::currentForm);
    if (signedInForm1(snapshot)) {
        m_legacy.emplace();
        fill(*m_legacy, snapshot, 1);
    } else {
        m_legacy.reset();
    }
    rehash();
}

void FingerprintCache::itemsChanged(const Snapshot &snapshot, const QVector<int> &rows)
{
    if (snapshot.items.size() != m_current.items.size()) {
        reset(snapshot);
        return;
    }
    for (const int row : rows) {
        m_current.items[row] = canonicalItem(snapshot.items.at(row), Record::currentForm);
        if (m_legacy) {
            m_legacy->items[row] = canonicalItem(snapshot.items.at(row), 1);
        }
    }
    rehash();
}

void FingerprintCache::restChanged(const Snapshot &snapshot)
{
    if (snapshot.items.size() != m_current.items.size() || signedInForm1(snapshot) != m_legacy.has_value()) {
        reset(snapshot);
        return;
    }
    for (Pieces *p : {&m_current, m_legacy ? &*m_legacy : nullptr}) {
        if (p) {
            const int form = p == &m_current ? Record::currentForm : 1;
            p->head = canonicalHead(snapshot, form);
            p->tail = canonicalTail(snapshot, form);
        }
    }
    rehash();
}

void FingerprintCache::fill(Pieces &pieces, const Snapshot &snapshot, int form)
{
    pieces.head = canonicalHead(snapshot, form);
    pieces.items.resize(snapshot.items.size());
    for (qsizetype i = 0; i < snapshot.items.size(); ++i) {
        pieces.items[i] = canonicalItem(snapshot.items.at(i), form);
    }
    pieces.tail = canonicalTail(snapshot, form);
}

QString FingerprintCache::digest(const Pieces &pieces)
{
    Sha256 hash;
    hash.add(pieces.head);
    for (qsizetype i = 0; i < pieces.items.size(); ++i) {
        if (i > 0) {
            hash.add(",", 1);
        }
        hash.add(pieces.items.at(i));
    }
    hash.add(pieces.tail);
    return hash.hex();
}

void FingerprintCache::rehash()
{
    m_fingerprints.current = digest(m_current);
    m_fingerprints.legacy = m_legacy ? digest(*m_legacy) : QString();
}

RecordProgress recordProgress(const Snapshot &snapshot, const Fingerprints &currentFingerprint)
{
    RecordProgress p;
    p.decisionRecorded = snapshot.decision.has_value();
    for (const Stakeholder &person : snapshot.stakeholders) {
        const bool signedNow = std::any_of(snapshot.signoffs.cbegin(), snapshot.signoffs.cend(), [&](const Signoff &s) {
            return s.stakeholderId == person.id && Record::state(s, currentFingerprint) == SignoffState::Current;
        });
        if (!signedNow) {
            p.missing.append(person);
        }
    }
    p.status = p.decisionRecorded && p.missing.isEmpty() && !snapshot.stakeholders.isEmpty() ? RecordStatus::Final
                                                                                             : RecordStatus::Draft;
    return p;
}

namespace {

// Its message was first said by the command line; the context keeps its translation.
struct RecordText
{
    Q_DECLARE_TR_FUNCTIONS(gonogo::Cli)
};

} // namespace

Result<Stakeholder> stakeholderFor(const QVector<Stakeholder> &people, const QString &role, const QString &name,
                                   const QString &file)
{
    QVector<Stakeholder> matches;
    for (const Stakeholder &p : people) {
        if (p.role.compare(role.trimmed(), Qt::CaseInsensitive) == 0) {
            matches << p;
        }
    }
    if (matches.size() > 1) {
        QVector<Stakeholder> named;
        for (const Stakeholder &p : matches) {
            if (p.name.compare(cleanText(name), Qt::CaseInsensitive) == 0) {
                named << p;
            }
        }
        matches = named;
    }
    if (matches.size() != 1) {
        QStringList roles;
        for (const Stakeholder &p : people) {
            roles << p.role;
        }
        return Error{ErrorKind::InvalidInput,
                     RecordText::tr("%1 has no single stakeholder with the role \"%2\" (the roles are: %3).")
                         .arg(file, role, roles.join(QStringLiteral(", ")))};
    }
    return matches.first();
}

} // namespace gonogo
