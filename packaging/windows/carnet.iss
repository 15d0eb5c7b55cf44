; Inno Setup script: Carnet's Windows installer (per-user by default: no administrator
; rights needed, as on most work computers).
;
; On Windows, from the repository, after building the one-folder app (packaging/carnet.spec):
;   py -m venv build\packaging-venv
;   build\packaging-venv\Scripts\pip install ".[packaging]"
;   build\packaging-venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\carnet.spec
;   dist\Carnet\journal-app.exe self-test
;   iscc /DAppVersion=0.1.0 packaging\windows\carnet.iss
; makes dist\carnet-0.1.0-windows-setup.exe.
;
; The uninstaller removes the program only. Journals, their backups and the settings stay:
; they are the worker's (journals live in %APPDATA%\Carnet\Carnet or wherever they chose).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; AppId identifies Carnet for upgrades and uninstalling: never change it.
AppId={{AE8CAB26-268E-4EA7-8101-41598B189AD1}
AppName=Carnet
AppVersion={#AppVersion}
AppVerName=Carnet {#AppVersion}
AppPublisher=The Carnet contributors
AppComments=A private, encrypted journal for social workers
DefaultDirName={autopf}\Carnet
DefaultGroupName=Carnet
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=carnet-{#AppVersion}-windows-setup
SetupIconFile=carnet.ico
LicenseFile=..\..\LICENSE
UninstallDisplayIcon={app}\carnet.exe
UninstallDisplayName=Carnet
VersionInfoVersion={#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Carnet must not be running while its files are replaced (it saves and locks on close).
CloseApplications=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.AppComment=Un journal privé et chiffré pour les travailleurs sociaux
nl.AppComment=Een privé, versleuteld dagboek voor maatschappelijk werkers
en.AppComment=A private, encrypted journal for social workers

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\Carnet\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole program folder: no module of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Carnet"; Filename: "{app}\carnet.exe"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,Carnet}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Carnet"; Filename: "{app}\carnet.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\carnet.exe"; Description: "{cm:LaunchProgram,Carnet}"; Flags: nowait postinstall skipifsilent
