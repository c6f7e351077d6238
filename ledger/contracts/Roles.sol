// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.37;

// The licence roles of CarnetRegistry, shared by the contracts that check them.

/// @dev A laboratory, hospital, pharmacy or other provider that publishes records.
uint8 constant ROLE_PROVIDER = 1;
/// @dev A clinician who reads shared records and writes notes into them.
uint8 constant ROLE_CLINICIAN = 2;
/// @dev A researcher who posts paid studies.
uint8 constant ROLE_RESEARCHER = 3;

/// @notice The registry view the other contracts rely on.
interface ILicenceRegistry {
    /// @notice Whether `account` holds a licence in force for `role` now.
    function isLicensed(address account, uint8 role) external view returns (bool);
}
