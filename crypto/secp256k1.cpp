// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/secp256k1.h"
