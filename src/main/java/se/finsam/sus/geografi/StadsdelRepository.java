package se.finsam.sus.geografi;

import org.springframework.data.jpa.repository.JpaRepository;

interface StadsdelRepository extends JpaRepository<Stadsdel, String> {}
