// The ZeroMQ C API, as Debian's libzmq3-dev installs it.
#include <zmq.h>
