// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.37;

import {ILicenceRegistry, ROLE_CLINICIAN, ROLE_PROVIDER, ROLE_RESEARCHER} from "./Roles.sol";

/// @title CarnetRegistry
/// @notice The registry of licensed providers, clinicians and researchers, kept by one authority.
/// @dev Every licence is kept as a history of block intervals, so that anyone can ask whether an
///      account was licensed in a given block (a wallet checks an entry's author against the block the
///      entry was published in). An interval runs from the registration block to the revocation block,
///      both included: an account is "licensed at block B" when it held the licence at any moment
///      within B. That is exactly the condition the other contracts enforce when they call
///      `isLicensed`, so every entry they accepted also passes `isLicensedAt` for its own block.
contract CarnetRegistry is ILicenceRegistry {
    /// @notice Role of a laboratory, hospital, pharmacy or other provider that publishes records.
    uint8 public constant PROVIDER = ROLE_PROVIDER;
    /// @notice Role of a clinician who reads shared records and writes notes into them.
    uint8 public constant CLINICIAN = ROLE_CLINICIAN;
    /// @notice Role of a researcher who posts paid studies.
    uint8 public constant RESEARCHER = ROLE_RESEARCHER;
    /// @notice Longest display name accepted, in bytes of UTF-8.
    uint256 public constant MAX_NAME_BYTES = 128;

    /// @dev One licence interval. `revokedAt` is 0 while the licence is in force.
    struct Interval {
        uint64 registeredAt;
        uint64 revokedAt;
    }

    address private _authority;
    address private _pendingAuthority;
    mapping(address account => mapping(uint8 role => Interval[])) private _history;
    mapping(address account => string) private _names;
    mapping(address account => bytes) private _encryptionKeys;

    /// @notice The authority registered `account` in `role` under `name` at block `blockNumber`.
    event Registered(address indexed account, uint8 indexed role, string name, uint64 blockNumber);
    /// @notice The authority set `account`'s encryption key (33-byte compressed secp256k1 public key)
    ///         that patients seal key bundles to (docs/PROTOCOL.md §8.1).
    event EncryptionKeySet(address indexed account, bytes key);
    /// @notice The authority revoked the licence of `account` in `role` at block `blockNumber`.
    event Revoked(address indexed account, uint8 indexed role, uint64 blockNumber);
    /// @notice `current` offered the authority to `pending`, which must accept it.
    event AuthorityTransferStarted(address indexed current, address indexed pending);
    /// @notice The authority passed from `previous` to `current` (`previous` is zero at deployment).
    event AuthorityTransferred(address indexed previous, address indexed current);

    /// @notice The caller is not the authority.
    error NotAuthority(address caller);
    /// @notice The caller is not the pending authority.
    error NotPendingAuthority(address caller);
    /// @notice `account` already holds a licence in force for `role`.
    error AlreadyLicensed(address account, uint8 role);
    /// @notice `account` holds no licence in force for `role`.
    error NotLicensed(address account, uint8 role);
    /// @notice The display name is empty.
    error EmptyName();
    /// @notice The display name is longer than MAX_NAME_BYTES.
    error NameTooLong(uint256 length, uint256 max);
    /// @notice The key is not 33 bytes starting 0x02 or 0x03.
    error BadEncryptionKey();
    /// @notice An address argument is zero.
    error ZeroAddress();
    /// @notice `role` is not PROVIDER, CLINICIAN or RESEARCHER.
    error InvalidRole(uint8 role);
    /// @notice `account` has fewer than `index + 1` licence intervals in `role`.
    error NoSuchInterval(address account, uint8 role, uint256 index);

    modifier onlyAuthority() {
        if (msg.sender != _authority) revert NotAuthority(msg.sender);
        _;
    }

    modifier validRole(uint8 role) {
        if (role < PROVIDER || role > RESEARCHER) revert InvalidRole(role);
        _;
    }

    /// @param initialAuthority The licensing authority's account.
    constructor(address initialAuthority) {
        if (initialAuthority == address(0)) revert ZeroAddress();
        _authority = initialAuthority;
        emit AuthorityTransferred(address(0), initialAuthority);
    }

    /// @notice The account that registers and revokes licences.
    function authority() external view returns (address) {
        return _authority;
    }

    /// @notice The account offered the authority, or zero when no transfer is under way.
    function pendingAuthority() external view returns (address) {
        return _pendingAuthority;
    }

    /// @notice First step of an authority transfer: offers the authority to `newAuthority`.
    /// @dev Replaces any earlier offer. The transfer completes only when `newAuthority` accepts, so a
    ///      mistyped address cannot lock the registry.
    /// @param newAuthority The account that will have to call `acceptAuthority`.
    function transferAuthority(address newAuthority) external onlyAuthority {
        if (newAuthority == address(0)) revert ZeroAddress();
        _pendingAuthority = newAuthority;
        emit AuthorityTransferStarted(msg.sender, newAuthority);
    }

    /// @notice Second step of an authority transfer, called by the pending authority.
    function acceptAuthority() external {
        if (msg.sender != _pendingAuthority) revert NotPendingAuthority(msg.sender);
        address previous = _authority;
        _authority = msg.sender;
        _pendingAuthority = address(0);
        emit AuthorityTransferred(previous, msg.sender);
    }

    /// @notice Licenses `account` in `role` from this block on, under the display name `name`.
    /// @dev The name is per account: a later registration (in any role) replaces it.
    /// @param account The licensed account.
    /// @param role PROVIDER, CLINICIAN or RESEARCHER.
    /// @param name The display name shown to patients (1 to MAX_NAME_BYTES bytes of UTF-8).
    function register(address account, uint8 role, string calldata name) external onlyAuthority validRole(role) {
        if (account == address(0)) revert ZeroAddress();
        uint256 length = bytes(name).length;
        if (length == 0) revert EmptyName();
        if (length > MAX_NAME_BYTES) revert NameTooLong(length, MAX_NAME_BYTES);
        if (_inForce(account, role)) revert AlreadyLicensed(account, role);
        uint64 blockNumber = uint64(block.number);
        _history[account][role].push(Interval({registeredAt: blockNumber, revokedAt: 0}));
        _names[account] = name;
        emit Registered(account, role, name, blockNumber);
    }

    /// @notice Sets the encryption key patients seal grants to for `account` (a clinician reading
    ///         under grants that name it). The contract checks the encoding only; readers check that
    ///         it is a point of the curve. A later call replaces it.
    /// @param account A registered account.
    /// @param key The compressed public key: 0x02 or 0x03, then 32 bytes.
    function setEncryptionKey(address account, bytes calldata key) external onlyAuthority {
        if (account == address(0)) revert ZeroAddress();
        if (key.length != 33 || (key[0] != 0x02 && key[0] != 0x03)) revert BadEncryptionKey();
        _encryptionKeys[account] = key;
        emit EncryptionKeySet(account, key);
    }

    /// @notice Ends the licence of `account` in `role` at this block (the account is still licensed
    ///         at this block, and no longer after it).
    /// @param account The licensed account.
    /// @param role PROVIDER, CLINICIAN or RESEARCHER.
    function revoke(address account, uint8 role) external onlyAuthority validRole(role) {
        if (!_inForce(account, role)) revert NotLicensed(account, role);
        Interval[] storage history = _history[account][role];
        uint64 blockNumber = uint64(block.number);
        history[history.length - 1].revokedAt = blockNumber;
        emit Revoked(account, role, blockNumber);
    }

    /// @notice Whether `account` holds a licence in force for `role` now.
    /// @param account Any account.
    /// @param role Any role number (unknown roles are never licensed).
    function isLicensed(address account, uint8 role) external view returns (bool) {
        return _inForce(account, role);
    }

    /// @notice Whether `account` held a licence for `role` at any moment within block `blockNumber`.
    /// @param account Any account.
    /// @param role Any role number (unknown roles are never licensed).
    /// @param blockNumber Any block number (a future block is answered as if it were the current one).
    function isLicensedAt(address account, uint8 role, uint256 blockNumber) external view returns (bool) {
        Interval[] storage history = _history[account][role];
        // The last interval that starts at or before blockNumber (intervals are sorted by start).
        uint256 low = 0;
        uint256 high = history.length;
        while (low < high) {
            uint256 mid = (low + high) / 2;
            if (history[mid].registeredAt <= blockNumber) low = mid + 1;
            else high = mid;
        }
        if (low == 0) return false;
        uint64 revokedAt = history[low - 1].revokedAt;
        return revokedAt == 0 || blockNumber <= revokedAt;
    }

    /// @notice The number of licence intervals `account` has had in `role`.
    function licenceCount(address account, uint8 role) external view returns (uint256) {
        return _history[account][role].length;
    }

    /// @notice The `index`-th licence interval of `account` in `role`, oldest first.
    /// @return registeredAt The block of the registration.
    /// @return revokedAt The block of the revocation, or 0 while the licence is in force.
    function licenceInterval(address account, uint8 role, uint256 index)
        external
        view
        returns (uint64 registeredAt, uint64 revokedAt)
    {
        Interval[] storage history = _history[account][role];
        if (index >= history.length) revert NoSuchInterval(account, role, index);
        Interval storage interval = history[index];
        return (interval.registeredAt, interval.revokedAt);
    }

    /// @notice The display name `account` was last registered under ("" if never registered).
    function nameOf(address account) external view returns (string memory) {
        return _names[account];
    }

    /// @notice The encryption key set for `account` (empty if none).
    function encryptionKeyOf(address account) external view returns (bytes memory) {
        return _encryptionKeys[account];
    }

    function _inForce(address account, uint8 role) private view returns (bool) {
        Interval[] storage history = _history[account][role];
        return history.length != 0 && history[history.length - 1].revokedAt == 0;
    }
}
