// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "faultyvfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace Copydesk::Testing {

namespace {

struct Fault
{
    bool armed = false;
    FaultyVfs::Call call = FaultyVfs::Call::Write;
    FaultyVfs::Failure failure = FaultyVfs::Failure::IoError;
    int nth = 0;
    bool persistent = false;
    int calls = 0;
    int failures = 0;
};

Fault fault;
std::atomic<long long> ioCalls {0};
sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs faultyVfs;
bool installed = false;

/// Our file: the wrapped file's memory follows it (szOsFile covers both).
struct FaultyFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<FaultyFile *>(file)->real;
}

/// Counts a call of `call`; returns the error code to fail it with, or SQLITE_OK.
int injected(FaultyVfs::Call call)
{
    ++ioCalls;
    if (!fault.armed || fault.call != call)
        return SQLITE_OK;
    ++fault.calls;
    if (fault.calls < fault.nth || (fault.calls > fault.nth && !fault.persistent))
        return SQLITE_OK;
    ++fault.failures;
    if (fault.failure == FaultyVfs::Failure::DiskFull)
        return SQLITE_FULL;
    switch (call) {
    case FaultyVfs::Call::Write:
        return SQLITE_IOERR_WRITE;
    case FaultyVfs::Call::Sync:
        return SQLITE_IOERR_FSYNC;
    case FaultyVfs::Call::Truncate:
        return SQLITE_IOERR_TRUNCATE;
    }
    return SQLITE_IOERR;
}

int fileClose(sqlite3_file *file)
{
    return real(file)->pMethods->xClose(real(file));
}

int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = injected(FaultyVfs::Call::Write))
        return rc;
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (const int rc = injected(FaultyVfs::Call::Truncate))
        return rc;
    return real(file)->pMethods->xTruncate(real(file), size);
}

int fileSync(sqlite3_file *file, int flags)
{
    if (const int rc = injected(FaultyVfs::Call::Sync))
        return rc;
    return real(file)->pMethods->xSync(real(file), flags);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int fileLock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}

int fileUnlock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int fileCheckReservedLock(sqlite3_file *file, int *result)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), result);
}

int fileControl(sqlite3_file *file, int op, void *argument)
{
    return real(file)->pMethods->xFileControl(real(file), op, argument);
}

int fileSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int fileShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **memory)
{
    return real(file)->pMethods->xShmMap(real(file), page, pageSize, extend, memory);
}

int fileShmLock(sqlite3_file *file, int offset, int count, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, count, flags);
}

void fileShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, pointer);
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, pointer);
}

const sqlite3_io_methods faultyMethods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ours = reinterpret_cast<FaultyFile *>(file);
    ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
    const int rc = realVfs->xOpen(realVfs, name, ours->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, so a failed open leaves it null.
    ours->base.pMethods = ours->real->pMethods ? &faultyMethods : nullptr;
    return rc;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return realVfs->xDelete(realVfs, name, syncDir);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return realVfs->xAccess(realVfs, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return realVfs->xDlOpen(realVfs, name);
}

void vfsDlError(sqlite3_vfs *, int size, char *message)
{
    realVfs->xDlError(realVfs, size, message);
}

void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return realVfs->xDlSym(realVfs, handle, symbol);
}

void vfsDlClose(sqlite3_vfs *, void *handle)
{
    realVfs->xDlClose(realVfs, handle);
}

int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return realVfs->xRandomness(realVfs, size, out);
}

int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return realVfs->xSleep(realVfs, microseconds);
}

int vfsCurrentTime(sqlite3_vfs *, double *now)
{
    return realVfs->xCurrentTime(realVfs, now);
}

int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return realVfs->xGetLastError(realVfs, size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return realVfs->xCurrentTimeInt64(realVfs, now);
}

} // namespace

bool FaultyVfs::install()
{
    if (installed)
        return isDefault();
    realVfs = sqlite3_vfs_find(nullptr);
    if (!realVfs || realVfs->iVersion < 2)
        return false;
    std::memset(&faultyVfs, 0, sizeof faultyVfs);
    faultyVfs.iVersion = 2;
    faultyVfs.szOsFile = int(sizeof(FaultyFile)) + realVfs->szOsFile;
    faultyVfs.mxPathname = realVfs->mxPathname;
    faultyVfs.zName = "copydesk-faulty";
    faultyVfs.xOpen = vfsOpen;
    faultyVfs.xDelete = vfsDelete;
    faultyVfs.xAccess = vfsAccess;
    faultyVfs.xFullPathname = vfsFullPathname;
    faultyVfs.xDlOpen = vfsDlOpen;
    faultyVfs.xDlError = vfsDlError;
    faultyVfs.xDlSym = vfsDlSym;
    faultyVfs.xDlClose = vfsDlClose;
    faultyVfs.xRandomness = vfsRandomness;
    faultyVfs.xSleep = vfsSleep;
    faultyVfs.xCurrentTime = vfsCurrentTime;
    faultyVfs.xGetLastError = vfsGetLastError;
    faultyVfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    if (sqlite3_vfs_register(&faultyVfs, 1) != SQLITE_OK)
        return false;
    installed = true;
    return isDefault();
}

bool FaultyVfs::isDefault()
{
    return installed && sqlite3_vfs_find(nullptr) == &faultyVfs;
}

void FaultyVfs::arm(Call call, int nth, Failure failure, bool persistent)
{
    fault = Fault {true, call, failure, nth, persistent, 0, 0};
}

void FaultyVfs::disarm()
{
    fault.armed = false;
}

int FaultyVfs::calls()
{
    return fault.calls;
}

int FaultyVfs::failures()
{
    return fault.failures;
}

long long FaultyVfs::totalCalls()
{
    return ioCalls.load();
}

const char *toString(FaultyVfs::Call call)
{
    switch (call) {
    case FaultyVfs::Call::Write:
        return "write";
    case FaultyVfs::Call::Sync:
        return "sync";
    case FaultyVfs::Call::Truncate:
        return "truncate";
    }
    return "?";
}

const char *toString(FaultyVfs::Failure failure)
{
    return failure == FaultyVfs::Failure::DiskFull ? "SQLITE_FULL" : "SQLITE_IOERR";
}

} // namespace Copydesk::Testing
