#include "sha256.h"

#include <openssl/evp.h>

namespace gonogo {

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(m_context);
        m_context = nullptr;
        m_fallback = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::add(const char *data, qsizetype size)
{
    if (m_fallback) {
        m_fallback->addData(QByteArrayView(data, size));
    } else if (EVP_DigestUpdate(m_context, data, static_cast<size_t>(size)) != 1) {
        m_failed = true;
    }
}

QString Sha256::hex()
{
    if (m_fallback) {
        return QString::fromLatin1(m_fallback->result().toHex());
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (m_failed || EVP_DigestFinal_ex(m_context, digest, &length) != 1) {
        return {};
    }
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex());
}

QString Sha256::hex(const QByteArray &bytes)
{
    Sha256 hash;
    hash.add(bytes);
    return hash.hex();
}

} // namespace gonogo
