; BMB Desktop installer: per user, no administrator rights, into %LOCALAPPDATA%\Programs\BMB Desktop.
; Built by installer\build-windows.ps1 after PyInstaller has made dist\bmb-desktop\:
;   makensis /DVERSION=0.1.0 /DDIST_DIR=..\dist\bmb-desktop /DOUT_FILE=..\dist\bmb-desktop-0.1.0-setup.exe installer\bmb-desktop.nsi
; Relative paths are from this folder (makensis runs in the script's folder).
; NSIS has no Kyrgyz language file: the wizard speaks Russian, the shortcuts and our own lines Kyrgyz.

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef DIST_DIR
  !define DIST_DIR "..\dist\bmb-desktop"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "..\dist\bmb-desktop-${VERSION}-setup.exe"
!endif

!define APP_NAME "BMB Desktop"
!define APP_EXE "bmb-desktop.exe"
!define PUBLISHER "BMB Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\BMB Desktop"
; Kyrgyz names people see in the Start menu and on the desktop.
!define SHORTCUT_NAME "БМжБ — Биргелешкен мониторинг жана баалоо"
!define MENU_FOLDER "БМжБ"
!define UNINSTALL_SHORTCUT_NAME "БМжБ программасын өчүрүү"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\BMB Desktop"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1049 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1049 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1049 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1049 "FileDescription" "${APP_NAME} — орнотуучу"
VIAddVersionKey /LANG=1049 "LegalCopyright" "MIT"

!include "MUI2.nsh"

!if /FileExists "..\build\bmb-desktop.ico"
  !define MUI_ICON "..\build\bmb-desktop.ico"
  !define MUI_UNICON "..\build\bmb-desktop.ico"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "Russian"

; Our own lines, in Kyrgyz (the Russian wizard around them is NSIS's).
LangString APP_RUNNING ${LANG_RUSSIAN} "БМжБ программасы ачык турат. Аны жаап, кайра аракет кылыңыз."
LangString DATA_KEPT ${LANG_RUSSIAN} "Маалымат базаңыз жана көчүрмөлөрүңүз өчүрүлгөн жок: алар колдонуучунун папкасында калды."

Section "-Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Windows locks a running program's file: say so instead of installing half a version.
  IfFileExists "$INSTDIR\${APP_EXE}" 0 not_running
    ClearErrors
    FileOpen $0 "$INSTDIR\${APP_EXE}" a
    IfErrors 0 +3
      MessageBox MB_OK|MB_ICONEXCLAMATION "$(APP_RUNNING)" /SD IDOK
      Abort
    FileClose $0
  not_running:
  ; Files of an older version must not linger: a stale migration script would confuse Alembic.
  RMDir /r "$INSTDIR\_internal"
  File "${DIST_DIR}\${APP_EXE}"
  File /r "${DIST_DIR}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${MENU_FOLDER}"
  CreateShortcut "$SMPROGRAMS\${MENU_FOLDER}\${SHORTCUT_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  CreateShortcut "$SMPROGRAMS\${MENU_FOLDER}\${UNINSTALL_SHORTCUT_NAME}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${SHORTCUT_NAME}.lnk" "$INSTDIR\${APP_EXE}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME} (БМжБ)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$DESKTOP\${SHORTCUT_NAME}.lnk"
  Delete "$SMPROGRAMS\${MENU_FOLDER}\${SHORTCUT_NAME}.lnk"
  Delete "$SMPROGRAMS\${MENU_FOLDER}\${UNINSTALL_SHORTCUT_NAME}.lnk"
  RMDir "$SMPROGRAMS\${MENU_FOLDER}"

  ; Only what the installer put there: the user may have picked a folder holding other files.
  ; The database lives in the user's data folder (%LOCALAPPDATA%\BMB\BMB Desktop) and stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "$(DATA_KEPT)"
SectionEnd
