// The ZeroMQ C API, as Debian's libzmq3-dev installs it.
#include <zmq.h>

// Error numbers that zmq.h defines as expressions, which Swift does not import.
static inline int czmq_errno_eterm(void) { return ETERM; }
static inline int czmq_errno_eintr(void) { return EINTR; }
static inline int czmq_errno_eagain(void) { return EAGAIN; }
