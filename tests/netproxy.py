#!/usr/bin/env python3
"""A TCP proxy on 127.0.0.1 that can play a network that went away, for the team-mode tests.

Usage: netproxy.py TARGET_PORT. Prints "ready PORT", then forwards every connection on PORT to TARGET_PORT.
Commands on stdin, each acknowledged on stdout once done:
  freeze   the network goes silent, as when a laptop leaves the Wi-Fi: nothing sent on a forwarded connection
           arrives any more, and no answer comes back (the connections stay open; a query waits for its answer),
           and PORT becomes a black hole: connecting to it hangs, as to a host gone from the network (a listener
           whose queue is full drops the connection requests) -> "frozen"
  restore  the frozen connections are reset, as the server has long given up on them, and PORT forwards again
           -> "restored"
"""
import socket
import struct
import sys
import threading

target = int(sys.argv[1])
lock = threading.Lock()
open_sockets = []
frozen = threading.Event()


def listener(port):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen(16)
    return s


def pump(source, sink):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            if not frozen.is_set():
                sink.sendall(data)  # else lost on the way
    except OSError:
        pass
    for s in (source, sink):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def accept(server):
    while True:
        try:
            client, _ = server.accept()
        except OSError:
            return  # the listener was shut down
        upstream = socket.create_connection(("127.0.0.1", target))
        with lock:
            open_sockets.extend([client, upstream])
        threading.Thread(target=pump, args=(client, upstream), daemon=True).start()
        threading.Thread(target=pump, args=(upstream, client), daemon=True).start()


server = listener(0)
port = server.getsockname()[1]
threading.Thread(target=accept, args=(server,), daemon=True).start()
print("ready", port, flush=True)

hole = filler = None
for line in sys.stdin:
    command = line.strip()
    if command == "freeze":
        frozen.set()
        server.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
        server.close()
        hole = socket.socket()
        hole.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        hole.bind(("127.0.0.1", port))
        hole.listen(0)
        filler = socket.create_connection(("127.0.0.1", port))  # the one place in the queue, taken
        print("frozen", flush=True)
    elif command == "restore":
        with lock:
            for s in open_sockets:
                try:
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    s.close()  # a reset
                except OSError:
                    pass
            open_sockets.clear()
        frozen.clear()
        filler.close()
        hole.close()
        server = listener(port)
        threading.Thread(target=accept, args=(server,), daemon=True).start()
        print("restored", flush=True)
