; The user's own data: where Werkstatt keeps it, and how the uninstaller deletes it when asked to
; (the "Your workshops and settings" page, or /REMOVEDATA). Deleting is never the default.
;
; Werkstatt (platformdirs "werkstatt", appauthor=False; QSettings organisation "werkstatt") keeps
;   %LOCALAPPDATA%\werkstatt            the SQLite database with all workshops, the logs and crash reports
;   %APPDATA%\werkstatt\werkstatt.ini   the settings (QSettings in IniFormat)
;   HKCU\Software\werkstatt             where QSettings in its native format would keep them

; $DataDir and $SettingsDir of the user running (un)install, in either mode: $LOCALAPPDATA and $APPDATA follow
; SetShellVarContext and would name ProgramData in the per-machine mode. Empty when Windows gives no folder,
; so that nothing is ever deleted at the root of a drive.
!macro GET_DATA_DIRS
  SetShellVarContext current
  StrCpy $DataDir ""
  StrCpy $SettingsDir ""
  ${If} $LOCALAPPDATA != ""
    StrCpy $DataDir "$LOCALAPPDATA\werkstatt"
  ${EndIf}
  ${If} $APPDATA != ""
    StrCpy $SettingsDir "$APPDATA\werkstatt"
  ${EndIf}
  ${If} $MultiUser.InstallMode == "AllUsers"
    SetShellVarContext all
  ${EndIf}
!macroend

; VAR = 1 when PATH is PARENT or lies inside it (case-insensitive, as Windows paths are).
!macro IS_INSIDE PATH PARENT VAR
  Push $R8
  Push $R9
  StrCpy $R9 0
  ${If} "${PARENT}" != ""
    StrLen $R8 "${PARENT}"
    StrCpy $R8 "${PATH}" $R8
    ${If} $R8 == "${PARENT}"
      StrLen $R8 "${PARENT}"
      StrCpy $R8 "${PATH}" 1 $R8
      ${If} $R8 == ""
      ${OrIf} $R8 == "\"
        StrCpy $R9 1
      ${EndIf}
    ${EndIf}
  ${EndIf}
  Exch $R9 ; result on the stack, old $R9 back
  Exch
  Pop $R8
  Pop ${VAR}
!macroend

!macro REMOVE_USER_DATA
  ${If} $DataDir != ""
    DetailPrint "$DataDir"
    RMDir /r "$DataDir"
  ${EndIf}
  ${If} $SettingsDir != ""
    DetailPrint "$SettingsDir"
    RMDir /r "$SettingsDir"
  ${EndIf}
  DetailPrint "HKCU\Software\werkstatt"
  DeleteRegKey HKCU "Software\werkstatt"
!macroend

; The uninstaller's page: what stays, and an unchecked box to delete it after all.
Function un.DataPageShow
  !insertmacro MUI_HEADER_TEXT "$(DataPageTitle)" "$(DataPageSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 104u "$(DataPageInfo)"
  Pop $0
  ${NSD_CreateCheckbox} 0 110u 100% 24u "$(DataPageCheckbox)"
  Pop $DataCheckbox
  ${NSD_AddStyle} $DataCheckbox ${BS_MULTILINE}
  ${If} $RemoveData == 1 ; /REMOVEDATA without /S: shown ticked
    ${NSD_Check} $DataCheckbox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DataCheckbox $0
  StrCpy $RemoveData 0
  ${If} $0 == ${BST_CHECKED}
    ${If} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(MsgConfirmRemoveData)" IDNO`
      ${NSD_Uncheck} $DataCheckbox
      Abort ; stays on the page
    ${EndIf}
    StrCpy $RemoveData 1
  ${EndIf}
FunctionEnd
