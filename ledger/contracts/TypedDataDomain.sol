// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.37;

/// @title TypedDataDomain
/// @notice The EIP-712 domain separator (name, version, chainId, verifyingContract) and ERC-5267's
///         `eip712Domain()`.
/// @dev Written here rather than inherited from OpenZeppelin's EIP712: in OpenZeppelin Contracts 5.7,
///      EIP712 imports MessageHashUtils -> Strings -> Bytes, whose inline assembly uses MCOPY, and
///      MCOPY does not compile for the pinned evmVersion (paris). The separator is cached at
///      deployment and recomputed if the chain id ever changes (a fork), as OpenZeppelin does.
abstract contract TypedDataDomain {
    /// @dev keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    bytes32 private immutable _nameHash;
    bytes32 private immutable _versionHash;
    uint256 private immutable _cachedChainId;
    bytes32 private immutable _cachedSeparator;
    string private _name;
    string private _version;

    constructor(string memory name, string memory version) {
        _name = name;
        _version = version;
        _nameHash = keccak256(bytes(name));
        _versionHash = keccak256(bytes(version));
        _cachedChainId = block.chainid;
        _cachedSeparator = _buildSeparator(keccak256(bytes(name)), keccak256(bytes(version)));
    }

    /// @notice The EIP-712 domain separator of this contract on the current chain.
    function domainSeparator() public view returns (bytes32) {
        if (block.chainid == _cachedChainId) return _cachedSeparator;
        return _buildSeparator(_nameHash, _versionHash);
    }

    /// @notice The EIP-712 domain (ERC-5267): fields 0x0f = name, version, chainId, verifyingContract.
    function eip712Domain()
        external
        view
        returns (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        )
    {
        return (hex"0f", _name, _version, block.chainid, address(this), bytes32(0), new uint256[](0));
    }

    /// @dev The EIP-712 digest of a struct hash: keccak256(0x19 0x01 ‖ domainSeparator ‖ structHash).
    function _typedDataDigest(bytes32 structHash) internal view returns (bytes32) {
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(), structHash));
    }

    function _buildSeparator(bytes32 nameHash, bytes32 versionHash) private view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, nameHash, versionHash, block.chainid, address(this)));
    }
}
