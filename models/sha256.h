// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has them (about ten
// times Qt's own implementation on the reference machine), with QCryptographicHash when OpenSSL cannot start a
// digest. Fed piece by piece, so kept bytes need no joining. Should OpenSSL fail after it started (it does not for
// SHA-256 but an API can), hex() is empty, which matches no stored fingerprint: never a false CURRENT.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <memory>

struct evp_md_ctx_st;

namespace gonogo {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(const QByteArray &bytes) { add(bytes.constData(), bytes.size()); }
    void add(const char *data, qsizetype size);
    QString hex(); // lower-case hex of the digest; ends the hash

    static QString hex(const QByteArray &bytes);

private:
    evp_md_ctx_st *m_context = nullptr;
    std::unique_ptr<QCryptographicHash> m_fallback; // only when OpenSSL could not start
    bool m_failed = false;
};

} // namespace gonogo
