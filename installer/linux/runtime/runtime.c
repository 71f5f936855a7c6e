/*
 * Hookline's AppImage runtime (type 2 layout: this ELF, then a squashfs image).
 *
 * It does not mount: it extracts the image into a private temporary folder, runs AppRun from
 * there with the same arguments, forwards SIGINT, SIGTERM and SIGHUP to it, removes the folder
 * when it exits and exits with its status. Built statically against Debian's libsquashfuse, so it
 * needs neither FUSE nor any library on the machine that runs it.
 *
 *   --appimage-extract [DIR]   extract into DIR (default squashfs-root) and exit
 *   --appimage-extract-and-run extract and run (what it always does: it never mounts), for the
 *                              scripts and containers that pass it to every AppImage
 *   --appimage-offset          print where the image starts and exit
 *   --appimage-version         print the runtime's version and exit
 *   --appimage-help            this help
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <ftw.h>

/* squashfuse's config.h sets _POSIX_C_SOURCE itself. */
#undef _POSIX_C_SOURCE
#include <squashfuse.h>

#ifndef RUNTIME_VERSION
#define RUNTIME_VERSION "unknown"
#endif

static pid_t child;

static void forward(int signal)
{
    if (child > 0)
        kill(child, signal);
}

static long imageOffset(const char *self)
{
    int fd = open(self, O_RDONLY);
    if (fd < 0)
        return -1;
    Elf64_Ehdr header;
    ssize_t got = pread(fd, &header, sizeof header, 0);
    close(fd);
    if (got != (ssize_t)sizeof header || memcmp(header.e_ident, ELFMAG, SELFMAG) != 0 ||
        header.e_ident[EI_CLASS] != ELFCLASS64)
        return -1;
    /* The section headers come last in the runtime's ELF; the image follows them. */
    return (long)(header.e_shoff + (Elf64_Off)header.e_shentsize * header.e_shnum);
}

static int writeFile(sqfs *fs, sqfs_inode *inode, const char *path, mode_t mode)
{
    int out = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (out < 0)
        return -1;
    static char buffer[1 << 17];
    sqfs_off_t at = 0;
    const sqfs_off_t size = (sqfs_off_t)inode->xtra.reg.file_size;
    while (at < size) {
        sqfs_off_t chunk = size - at < (sqfs_off_t)sizeof buffer ? size - at : (sqfs_off_t)sizeof buffer;
        if (sqfs_read_range(fs, inode, at, &chunk, buffer) != SQFS_OK || chunk <= 0) {
            close(out);
            return -1;
        }
        for (sqfs_off_t done = 0; done < chunk;) {
            ssize_t wrote = write(out, buffer + done, (size_t)(chunk - done));
            if (wrote < 0) {
                close(out);
                return -1;
            }
            done += wrote;
        }
        at += chunk;
    }
    return close(out);
}

static int extract(const char *image, long offset, const char *target)
{
    sqfs fs;
    if (sqfs_open_image(&fs, image, (size_t)offset) != SQFS_OK) {
        fprintf(stderr, "AppImage: cannot read the image inside %s\n", image);
        return -1;
    }
    if (mkdir(target, 0700) != 0 && errno != EEXIST) {
        perror(target);
        sqfs_destroy(&fs);
        return -1;
    }
    sqfs_traverse trv;
    if (sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs)) != SQFS_OK) {
        sqfs_destroy(&fs);
        return -1;
    }
    int status = 0;
    sqfs_err err = SQFS_OK;
    while (status == 0 && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end)
            continue;
        char path[4096];
        if (snprintf(path, sizeof path, "%s/%s", target, trv.path) >= (int)sizeof path) {
            status = -1;
            break;
        }
        sqfs_inode inode;
        if (sqfs_inode_get(&fs, &inode, sqfs_dentry_inode(&trv.entry)) != SQFS_OK) {
            status = -1;
            break;
        }
        const mode_t mode = inode.base.mode & 07777;
        switch (inode.base.inode_type) {
        case SQUASHFS_DIR_TYPE:
        case SQUASHFS_LDIR_TYPE:
            if (mkdir(path, mode | 0700) != 0 && errno != EEXIST)
                status = -1;
            break;
        case SQUASHFS_REG_TYPE:
        case SQUASHFS_LREG_TYPE:
            status = writeFile(&fs, &inode, path, mode);
            break;
        case SQUASHFS_SYMLINK_TYPE:
        case SQUASHFS_LSYMLINK_TYPE: {
            char link[4096];
            size_t size = sizeof link;
            if (sqfs_readlink(&fs, &inode, link, &size) != SQFS_OK || symlink(link, path) != 0)
                status = -1;
            break;
        }
        default: /* devices, fifos and sockets have no place in an AppImage */
            break;
        }
        if (status != 0)
            fprintf(stderr, "AppImage: cannot extract %s: %s\n", trv.path, strerror(errno));
    }
    if (err != SQFS_OK)
        status = -1;
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    return status;
}

static int removeEntry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

int main(int argc, char *argv[])
{
    char self[4096];
    ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0) {
        perror("AppImage: /proc/self/exe");
        return 127;
    }
    self[length] = '\0';
    const long offset = imageOffset(self);
    if (offset <= 0) {
        fprintf(stderr, "AppImage: %s is not an AppImage\n", self);
        return 127;
    }
    if (argc > 1 && strcmp(argv[1], "--appimage-offset") == 0) {
        printf("%ld\n", offset);
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "--appimage-help") == 0) {
        puts("Hookline AppImage runtime " RUNTIME_VERSION "\n"
             "  --appimage-extract [DIR]    extract into DIR (default squashfs-root)\n"
             "  --appimage-extract-and-run  run without FUSE (always the case here)\n"
             "  --appimage-offset           where the image starts\n"
             "  --appimage-version          the runtime's version\n"
             "  --appimage-help             this help\n"
             "Anything else runs the application (try --help).");
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "--appimage-version") == 0) {
        puts("Hookline AppImage runtime " RUNTIME_VERSION);
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "--appimage-extract-and-run") == 0) {
        /* The runtime always extracts and runs; the flag itself is not the application's. */
        memmove(&argv[1], &argv[2], (size_t)(argc - 1) * sizeof argv[0]);
        --argc;
    }
    if (argc > 1 && strcmp(argv[1], "--appimage-extract") == 0)
        return extract(self, offset, argc > 2 ? argv[2] : "squashfs-root") == 0 ? 0 : 1;

    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/.hookline-appimage-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        perror("AppImage: cannot make a temporary folder");
        return 127;
    }
    char root[4200];
    snprintf(root, sizeof root, "%s/root", dir);
    if (extract(self, offset, root) != 0) {
        nftw(dir, removeEntry, 16, FTW_DEPTH | FTW_PHYS);
        return 127;
    }
    char appRun[4300];
    snprintf(appRun, sizeof appRun, "%s/AppRun", root);
    setenv("APPIMAGE", self, 1);
    setenv("APPDIR", root, 1);
    setenv("ARGV0", argv[0], 1);

    signal(SIGINT, forward);
    signal(SIGTERM, forward);
    signal(SIGHUP, forward);
    child = fork();
    if (child == 0) {
        argv[0] = appRun;
        execv(appRun, argv);
        perror("AppImage: cannot run AppRun");
        _exit(127);
    }
    int status = 0;
    while (child > 0 && waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    nftw(dir, removeEntry, 16, FTW_DEPTH | FTW_PHYS);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
