// Schema migrations: numbered SQL files in resources/schema, applied in order inside one transaction that rolls
// back on any error. Knows nothing of what the tables mean.
#pragma once

#include "../result.h"
#include "sql.h"

#include <QStringList>

#include <functional>

namespace gonogo {

class Migrations
{
public:
    // The built-in scripts, script i bringing a file from schema version i to i + 1.
    static QStringList builtIn();
    static int latestVersion() { return static_cast<int>(builtIn().size()); }

    // Applies scripts[from .. to-1] and sets user_version = to, all or nothing. afterStep(v), when given, runs
    // inside the same transaction right after the script that brings the file to version v (for steps that need
    // code, such as sealing the audit chain).
    using Step = std::function<Outcome(int version)>;
    static Outcome apply(const SqlSession &session, const QStringList &scripts, int from, int to,
                         const Step &afterStep = {});

    // Splits a script into statements (triggers keep their inner semicolons).
    static QStringList statements(const QString &script);
};

} // namespace gonogo
