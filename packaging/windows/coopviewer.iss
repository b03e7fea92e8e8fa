; Inno Setup script for the Windows one-folder build (dist\coopviewer from packaging\build.py).
; Build on Windows:  iscc packaging\windows\coopviewer.iss
#define AppVersion "0.1.0"
[Setup]
AppName=coopviewer
AppVersion={#AppVersion}
DefaultDirName={autopf}\coopviewer
DefaultGroupName=coopviewer
OutputBaseFilename=coopviewer-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest
[Files]
Source: "..\..\dist\coopviewer\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
[Icons]
Name: "{group}\coopviewer"; Filename: "{app}\coopviewer.exe"
Name: "{group}\coopviewer selftest"; Filename: "{app}\coopviewer.exe"; Parameters: "selftest"
[Run]
Filename: "{app}\coopviewer.exe"; Description: "Start coopviewer"; Flags: postinstall nowait skipifsilent
