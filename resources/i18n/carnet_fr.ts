<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AppearancePage</name>
    <message>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>These choices are kept on this device only.</source>
        <translation>Ces choix sont conservés uniquement sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
</context>
<context>
    <name>NotYetAvailablePage</name>
    <message>
        <source>Create a wallet</source>
        <translation>Créer un portefeuille</translation>
    </message>
    <message>
        <source>Restore from recovery phrase</source>
        <translation>Restaurer avec la phrase de récupération</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Pas encore disponible</translation>
    </message>
    <message>
        <source>Creating a wallet arrives in the next version of Carnet.</source>
        <translation>La création d’un portefeuille arrive dans la prochaine version de Carnet.</translation>
    </message>
    <message>
        <source>Restoring a wallet from its recovery phrase arrives in the next version of Carnet.</source>
        <translation>La restauration d’un portefeuille à partir de sa phrase de récupération arrive dans la prochaine version de Carnet.</translation>
    </message>
    <message>
        <source>Nothing has been created or stored on this device.</source>
        <translation>Rien n’a été créé ni enregistré sur cet appareil.</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Retour à l’accueil</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to Carnet</source>
        <translation>Bienvenue dans Carnet</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Your health record, held by you.</source>
        <translation>Votre dossier de santé, entre vos mains.</translation>
    </message>
    <message>
        <source>Start a new wallet, or bring back one you already have with its recovery phrase.</source>
        <translation>Créez un nouveau portefeuille, ou retrouvez celui que vous avez déjà grâce à sa phrase de récupération.</translation>
    </message>
    <message>
        <source>Create a wallet</source>
        <translation>Créer un portefeuille</translation>
    </message>
    <message>
        <source>Start a new wallet on this device</source>
        <translation>Créer un nouveau portefeuille sur cet appareil</translation>
    </message>
    <message>
        <source>Restore from recovery phrase</source>
        <translation>Restaurer avec la phrase de récupération</translation>
    </message>
    <message>
        <source>Bring back an existing wallet with its recovery phrase</source>
        <translation>Retrouver un portefeuille existant grâce à sa phrase de récupération</translation>
    </message>
    <message>
        <source>Preview: wallets arrive in the next version</source>
        <translation>Aperçu&#xa0;: les portefeuilles arrivent dans la prochaine version</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
</TS>
