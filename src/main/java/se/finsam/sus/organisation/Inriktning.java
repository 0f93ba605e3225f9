package se.finsam.sus.organisation;

/** Whether an insats works with individual participants or with structures (no participants). */
public enum Inriktning {
    INDIVIDINRIKTAD,
    STRUKTUROVERGRIPANDE
}
