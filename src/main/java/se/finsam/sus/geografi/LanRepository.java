package se.finsam.sus.geografi;

import org.springframework.data.jpa.repository.JpaRepository;

interface LanRepository extends JpaRepository<Lan, String> {}
