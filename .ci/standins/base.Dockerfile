# Stand-in for python:3.11-slim (and, from a second root file system, the base of the others): a Debian
# bookworm root file system made by debootstrap on this machine. CI only.
FROM scratch
ADD rootfs.tar /
CMD ["python3"]
