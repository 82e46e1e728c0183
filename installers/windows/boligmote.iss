; Inno Setup script for Boligmøte (Windows, per-user install, no administrator rights).
;
; Build on Windows, from the checkout (see installers/README.md):
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e . "pyinstaller>=6.10,<7"
;   .venv\Scripts\pyinstaller --noconfirm installers\boligmote.spec
;   dist\boligmote\boligmote.exe --self-test
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installers\windows\boligmote.iss
; The result is dist\boligmote-0.1.0-oppsett.exe.
;
; Program:  %LOCALAPPDATA%\Programs\Boligmote  (per user; IT may choose «for all users»)
; Data:     %LOCALAPPDATA%\Boligmote            (platformdirs; the database, backups, log)
; The data folder is a different folder from the program: uninstalling never deletes data.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; Keep this AppId for every version: it is how an update finds the installed copy.
AppId={{6F4B8D1E-2C7A-4E59-9B3D-0A8C5E7F1B42}
AppName=Boligmøte
AppVersion={#AppVersion}
AppVerName=Boligmøte {#AppVersion}
AppPublisher=Boligmøte
AppComments=Beslutningsstøtte for tildelingsmøter i kommunale boliger
DefaultDirName={autopf}\Boligmote
DefaultGroupName=Boligmøte
DisableProgramGroupPage=yes
; Per-user by default ({autopf} = %LOCALAPPDATA%\Programs); an administrator may install
; for all users from the same installer (the dialog, or /ALLUSERS on the command line).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=boligmote-{#AppVersion}-oppsett
SetupIconFile=boligmote.ico
UninstallDisplayIcon={app}\boligmote-vindu.exe
UninstallDisplayName=Boligmøte {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update replaces the program while it is closed.
CloseApplications=yes
; A double-click on a .boligmote file opens it (see [Registry]); Explorer is told at once.
ChangesAssociations=yes

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder PyInstaller build: boligmote.exe (console: --self-test, check, import …)
; and boligmote-vindu.exe (the window, without a console).
Source: "..\..\dist\boligmote\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's files that the new one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Boligmøte"; Filename: "{app}\boligmote-vindu.exe"; WorkingDir: "{userdocs}"; Comment: "Tildelingsmøter i kommunale boliger"
Name: "{autodesktop}\Boligmøte"; Filename: "{app}\boligmote-vindu.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; Double-click and «Åpne med»: Explorer runs boligmote-vindu.exe "FIL", which opens FIL in the
; window (`boligmote FIL`, issue 16 item 11). HKA is the current user for a per-user install,
; the machine for «for all users». A .boligmote file is ours; a .sqlite file may be any
; program's, so Boligmøte is only offered under «Åpne med» for it, never made its default.
Root: HKA; Subkey: "Software\Classes\Boligmote.Database"; ValueType: string; ValueName: ""; ValueData: "Boligmøte-database"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Boligmote.Database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\boligmote-vindu.exe,0"
Root: HKA; Subkey: "Software\Classes\Boligmote.Database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\boligmote-vindu.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.boligmote"; ValueType: string; ValueName: ""; ValueData: "Boligmote.Database"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.boligmote\OpenWithProgids"; ValueType: string; ValueName: "Boligmote.Database"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "Boligmote.Database"; ValueData: ""; Flags: uninsdeletevalue

[Run]
; Check the installed copy end to end (no window; exit code 0 = works). An IT department
; rolling out silently (/VERYSILENT) can run the same command afterwards.
Filename: "{app}\boligmote.exe"; Parameters: "--self-test"; StatusMsg: "Kontrollerer installasjonen …"; Flags: runhidden waituntilterminated
Filename: "{app}\boligmote-vindu.exe"; Description: "{cm:LaunchProgram,Boligmøte}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data: %LOCALAPPDATA%\Boligmote holds the municipality's
; decisions and signed minutes; deleting them is a decision for a person, not an uninstaller.
